using System.Linq;
using System.Text.Json;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Testing;
using static ManifestGen.Testing.SameMistakeManifests;

namespace ManifestGen.Cli.Tests;

/// <summary>
/// lbx validate lists every problem by default, in every format, and takes the build's limits as
/// options: --same-problem-limit (ManifestGenSameProblemLimit) and --problem-limit (ManifestGenProblemLimit).
/// </summary>
public class ValidateLimitTests
{
    private static TempFolder ThreeFiles()
    {
        var folder = new TempFolder();
        folder.Write("b.lbx.json", SameMistakeManifests.Rows("b", 3));
        folder.Write("a.lbx.json", SameMistakeManifests.Rows("a", 3));
        folder.Write("c.lbx.json", SameMistakeManifests.Rows("c", 2));
        return folder;
    }

    [Fact]
    public void ByDefault_EveryPlaceIsListed()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", SameMistakeManifests.Rows("a", 9));

        var result = Lbx.Run(folder.Path, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Enumerable.Range(2, 9).Select(line => "a.lbx.json(" + line + ",80): error LBX0301: " + Image), result.Diagnostics);
        Assert.Equal("9 errors, 0 warnings in 1 file", result.Lines[^1]);
    }

    [Fact]
    public void ByDefault_JsonAndSarifListEveryPlace()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", SameMistakeManifests.Rows("a", 9));

        using JsonDocument json = JsonDocument.Parse(Lbx.Run(folder.Path, "validate", "--format", "json").Output);
        Assert.Equal(9, json.RootElement.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("id").GetString() == "LBX0301"));
        Assert.Equal(9, json.RootElement.GetProperty("diagnostics").GetArrayLength());

        using JsonDocument sarif = JsonDocument.Parse(Lbx.Run(folder.Path, "validate", "--format", "sarif").Output);
        Assert.Equal(9, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void SameProblemLimit_ListsThatManyPlaces_ThenOneWithTheCount()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", SameMistakeManifests.Rows("a", 9));

        var result = Lbx.Run(folder.Path, "validate", "--same-problem-limit", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "a.lbx.json(2,80): error LBX0301: " + Image,
                "a.lbx.json(3,80): error LBX0301: " + Image,
                "a.lbx.json(4,80): error LBX0301: " + Image + More(6),
                "3 errors, 0 warnings in 1 file",
            },
            result.Lines);
    }

    [Fact]
    public void TheLargestSameProblemLimit_ListsEveryPlace()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", SameMistakeManifests.Rows("a", 9));

        // int.MaxValue once overflowed the sink's count and listed no place at all: exit 1 with no error shown.
        var result = Lbx.Run(folder.Path, "validate", "--same-problem-limit", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Enumerable.Range(2, 9).Select(line => "a.lbx.json(" + line + ",80): error LBX0301: " + Image), result.Diagnostics);
        Assert.Equal("9 errors, 0 warnings in 1 file", result.Lines[^1]);
    }

    [Fact]
    public void ProblemLimit_ListsTheFirstInPathOrder_ThenOneLBX0008()
    {
        using TempFolder folder = ThreeFiles();

        var result = Lbx.Run(folder.Path, "validate", "--problem-limit", "4");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "a.lbx.json(2,80): error LBX0301: " + Image,
                "a.lbx.json(3,80): error LBX0301: " + Image,
                "a.lbx.json(4,80): error LBX0301: " + Image,
                "b.lbx.json(2,80): error LBX0301: " + Image,
                "b.lbx.json(3,80): error LBX0008: 4 more diagnostic(s), from here on in 2 manifest(s) (in path order), are not listed, as --problem-limit is 4; fix the ones listed, or run lbx validate to list every one",
                "5 errors, 0 warnings in 3 files",
            },
            result.Lines);
    }

    [Fact]
    public void ProblemLimit_InJson_IsOneLBX0008WithItsPlace()
    {
        using TempFolder folder = ThreeFiles();

        using JsonDocument json = JsonDocument.Parse(Lbx.Run(folder.Path, "validate", "--format", "json", "--problem-limit", "4", "--same-problem-limit", "1").Output);

        JsonElement[] diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(new[] { "LBX0301", "LBX0301", "LBX0301", "LBX0301", "LBX0008" }, diagnostics.Select(d => d.GetProperty("id").GetString()));
        JsonElement leftOut = diagnostics[^1];
        Assert.Equal(("error", "c.lbx.json", 2, 80), (leftOut.GetProperty("severity").GetString(), leftOut.GetProperty("path").GetString(), leftOut.GetProperty("line").GetInt32(), leftOut.GetProperty("column").GetInt32()));
        Assert.Equal(
            "2 more diagnostic(s), from here on in 1 manifest(s) (in path order), are not listed, as --problem-limit is 4; fix the ones listed, or run lbx validate to list every one",
            leftOut.GetProperty("message").GetString());
        Assert.Equal(
            Image + More(1),
            diagnostics[1].GetProperty("message").GetString());
    }

    [Fact]
    public void LBX0008_IsAWarning_WhenItLeavesOutOnlyWarnings()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", TestManifests.WarningOnly);
        folder.Write("b.lbx.json", TestManifests.WarningOnly.Replace("\"b\"", "\"c\"", System.StringComparison.Ordinal));

        var result = Lbx.Run(folder.Path, "validate", "--problem-limit", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "b.lbx.json(2,16): warning LBX0008: 1 more diagnostic(s), from here on in 1 manifest(s) (in path order), are not listed, as --problem-limit is 1; fix the ones listed, or run lbx validate to list every one",
            result.Diagnostics[^1]);
    }

    [Theory]
    [InlineData("--problem-limit", "-1", "--problem-limit must be 0 (every diagnostic) or more")]
    [InlineData("--same-problem-limit", "-3", "--same-problem-limit must be 0 (every place) or more")]
    public void ANegativeLimit_IsAUsageError(string option, string value, string message)
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", SameMistakeManifests.Rows("a", 1));

        var result = Lbx.Run(folder.Path, "validate", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Said, System.StringComparison.Ordinal);
    }
}
