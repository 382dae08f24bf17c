using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Generator.DataRows;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.DataRows;

/// <summary>What the generator adds to [LabelboxDataRow] types, for each shape of type and member.</summary>
public class DataRowGeneratorTests
{
    private static string Generated(GeneratorDriverRunResult result, string hintName)
    {
        GeneratedSourceResult source = result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == hintName);
        return "//HintName: " + source.HintName + "\n" + source.SourceText.ToString().Replace(GeneratedFile.Version, "%VERSION%", StringComparison.Ordinal);
    }

    private static GeneratorDriverRunResult Run(string source, LanguageVersion version = LanguageVersion.Latest, string? schema = null)
    {
        var (result, output, _) = ProjectRunner.Generate(
            new[] { ("/p/Photos.cs", source) }, schema == null ? null : new[] { ("/p/labelbox.metadata.json", schema) }, version);
        string[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        return result;
    }

    [Fact]
    public void EveryMemberShape()
    {
        GeneratorDriverRunResult result = Run(DataRowSources.Photo, schema: DataRowSources.Schema);
        Snapshot.Verify(Generated(result, "App.Photos.Photo.g.cs"), "Photo.g");
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void Shapes_CompileWithEveryLanguageVersion(LanguageVersion version)
    {
        GeneratorDriverRunResult result = Run(DataRowSources.Shapes, version, DataRowSources.HostileSchema);
        string[] hints = result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).Where(h => h != "LabelboxMetadata.g.cs" && h != "LabelboxManifests.g.cs").OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "App.Nested.Generic_T_.g.cs", "App.Nested.Outer+Inner+Row.g.cs", "class.event.int.g.cs", "GlobalPhoto.g.cs" }.OrderBy(h => h, StringComparer.Ordinal), hints);
        if (version == LanguageVersion.Latest)
        {
            foreach (string hint in hints)
            {
                Snapshot.Verify(Generated(result, hint), hint.Substring(0, hint.Length - ".cs".Length).Replace('+', '-'));
            }
        }
    }

    [Fact]
    public void TenThousandCharacterStrings_StayStrings()
    {
        string longName = new string('x', 5000) + "\"); } #error */" + new string('y', 5000);
        string schema = "{ \"fields\": [ { \"name\": \"" + longName.Replace("\"", "\\\"", StringComparison.Ordinal) + "\", \"kind\": \"string\" } ] }";
        string source = "using ManifestGen;\n[LabelboxDataRow] partial class P { [RowData] public string U = \"\"; [GlobalKey] public string? K = null;\n"
            + "[Metadata(" + SymbolDisplay.FormatLiteral(longName, quote: true) + ")] public string? M = null; }";
        GeneratorDriverRunResult result = Run(source, schema: schema);
        Assert.Contains(SymbolDisplay.FormatLiteral(longName, quote: true), Generated(result, "P.g.cs"), StringComparison.Ordinal);
    }
}
