using System;
using System.Linq;
using System.Text;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>
/// Whatever lands in a .lbx.json file, the analyzer ends with diagnostics, never an exception
/// (which Roslyn would surface as AD0001 and the user could do nothing about).
/// </summary>
public class HostileInputTests
{
    private static string[] Ids(string manifest)
    {
        var diagnostics = AnalyzerRunner.Run(("/p/x.lbx.json", manifest));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
    }

    private const string Valid = "[{\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"k1\", \"metadata_fields\": [{\"name\": \"tag\", \"value\": \"x\"}], \"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"t\"}]}]";

    [Fact]
    public void EveryTruncationOfAValidManifest_IsOneSyntaxError()
    {
        for (int length = 1; length < Valid.Length; length++)
        {
            string[] ids = Ids(Valid.Substring(0, length));
            Assert.Contains("LBX0001", ids);
        }
    }

    [Fact]
    public void ByteOrderMark_IsNotContent() => Assert.Empty(Ids("\uFEFF" + Valid));

    [Fact]
    public void BinaryContent_IsInvalidJson()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        Assert.Equal(new[] { "LBX0001" }, Ids(Encoding.Latin1.GetString(bytes).Insert(0, "\u0001")));
    }

    [Fact]
    public void ThousandDeepNesting_IsOverTheLimit() =>
        Assert.Equal(new[] { "LBX0007" }, Ids(new string('[', 1000) + new string(']', 1000)));

    [Fact]
    public void FiftyMegabyteUnclosedString_IsInvalidJson() =>
        Assert.Equal(new[] { "LBX0001" }, Ids("[{\"row_data\": \"" + new string('a', 50_000_000)));

    [Fact]
    public void FiftyMegabyteValue_IsCheckedNormally() =>
        Assert.Empty(Ids("[{\"row_data\": \"https://example.com/" + new string('a', 50_000_000) + ".jpg\", \"global_key\": \"k\"}]"));

    [Fact]
    public void HostileStrings_AreQuotedSafelyInMessages()
    {
        var diagnostics = AnalyzerRunner.Run(("/p/x.lbx.json",
            "[{\"row_data\": \"https://e.com/a.jpg\", \"global_key\": \"k\", \"metadata_fields\": [{\"name\": \"x\\n\\u2028error LBX9999: forged\", \"value\": \"v\"}]}]"));
        string message = Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain("\n", message);
        Assert.DoesNotContain("\u2028", message);
        Assert.Contains("\\u000A", message);
    }

    [Fact]
    public void ThousandsOfErrors_AreCappedWithANote()
    {
        string rows = string.Join(",", Enumerable.Range(0, 3000).Select(i => "{\"row_data\": \"http://e.com/" + i + ".jpg\", \"global_key\": \"k" + i + "\"}"));
        var everyPlace = new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.ManifestGenSameProblemLimit"] = "0",
            ["build_property.ManifestGenProblemLimit"] = "0",
        };
        var diagnostics = AnalyzerRunner.Run(everyPlace, ("/p/x.lbx.json", "[" + rows + "]"));
        Assert.Equal(1001, diagnostics.Length);
        Assert.Single(diagnostics, d => d.Id == "LBX0007" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("more than 1000 problems", StringComparison.Ordinal));
    }
}
