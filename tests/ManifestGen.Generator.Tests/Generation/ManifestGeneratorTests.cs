using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Generation;

/// <summary>What the generator emits for manifests, and that it compiles and runs.</summary>
public class ManifestGeneratorTests
{
    private const string TwoRows = """
        [
          {"row_data": "https://example.com/a.jpg", "global_key": "a", "metadata_fields": [{"name": "tag", "value": "x"}]},
          {"row_data": "https://example.com/b.jpg", "global_key": "b", "attachments": [{"type": "RAW_TEXT", "value": "note", "name": "n"}]}
        ]
        """;

    private const string Envelope = """{ "name": "Street cats", "dataset": "Cats 2026", "rows": [ {"row_data": "https://example.com/c.jpg"} ] }""";

    private static TestOptionsProvider Options(string? rootNamespace, params (string Path, string Resource)[] files) => new(
        rootNamespace == null ? null : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace },
        files.ToDictionary(f => f.Path, f => new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LogicalName"] = f.Resource }));

    private static string Generated(GeneratorDriverRunResult result)
    {
        GeneratedSourceResult source = Assert.Single(Assert.Single(result.Results).GeneratedSources);
        Assert.Equal("LabelboxManifests.g.cs", source.HintName);
        return "//HintName: " + source.HintName + "\n" + source.SourceText.ToString().Replace(ManifestGen.Generator.Emit.GeneratedFile.Version, "%VERSION%", StringComparison.Ordinal);
    }

    private static void AssertCompilesCleanly(Compilation output) =>
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

    [Fact]
    public void ManifestsInBothForms()
    {
        var (result, output, _) = GeneratorRunner.Run(
            TestCompilation.Create("namespace MyApp { class Program { } }"),
            GeneratorRunner.Files(("/p/images/two-rows.lbx.json", TwoRows), ("/p/cats.lbx.json", Envelope)),
            Options("MyApp", ("/p/images/two-rows.lbx.json", "ManifestGen.Manifests/images/two-rows.lbx.json"), ("/p/cats.lbx.json", "ManifestGen.Manifests/cats.lbx.json")));
        AssertCompilesCleanly(output);
        Snapshot.Verify(Generated(result), "LabelboxManifests.g");
    }

    [Fact]
    public void WithoutRootNamespace_TheClassIsGlobal()
    {
        var (result, output, _) = GeneratorRunner.Run(TestCompilation.Create("class Program { }"), GeneratorRunner.Files(("/p/a.lbx.json", TwoRows)));
        AssertCompilesCleanly(output);
        Snapshot.Verify(Generated(result), "LabelboxManifests.g");
    }

    [Fact]
    public void NoManifests_NoOutput()
    {
        var (result, _, _) = GeneratorRunner.Run(TestCompilation.Create("class Program { }"), GeneratorRunner.Files(("/p/other.json", "{}")));
        Assert.Empty(Assert.Single(result.Results).GeneratedSources);
    }

    [Fact]
    public void CollidingAndReservedNames_GetSuffixes()
    {
        var (result, output, _) = GeneratorRunner.Run(
            TestCompilation.Create("class Program { }"),
            GeneratorRunner.Files(
                ("/p/a/cats.lbx.json", "[]"), ("/p/b/cats.lbx.json", "[]"), ("/p/equals.lbx.json", "[]"),
                ("/p/labelbox-manifests.lbx.json", "[]"), ("/p/2026.lbx.json", "[]"), ("/p/---.lbx.json", "[]")));
        AssertCompilesCleanly(output);
        string source = Generated(result);
        foreach (string property in new[] { " Cats {", " Cats2 {", " Equals2 {", " LabelboxManifests2 {", " _2026 {", " Manifest {" })
        {
            Assert.Contains(property, source, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void HostileNamesAndStrings_CannotBecomeCode(LanguageVersion version)
    {
        string hostile = "\\\"*/ #if X @class \\n\\u2028 \\u00e9\\u732b \\ud83d\\ude00 }; System.Environment.Exit(1); //";
        string manifest = "{ \"name\": \"" + hostile + "\", \"dataset\": \"" + hostile + new string('x', 10_000) + "\", \"rows\": [] }";
        string path = "/p/<b>&amp;\"quoted\" */ #region.lbx.json";
        var (result, output, _) = GeneratorRunner.Run(
            TestCompilation.Create(new[] { "namespace @class.Where { class Program { } }" }, version),
            GeneratorRunner.Files((path, manifest)),
            Options("class.Where", (path, "ManifestGen.Manifests/\"\n*/")));
        AssertCompilesCleanly(output);
        string source = Generated(result);
        // The hostile text stayed data: one property, one call, nothing else in the class.
        SyntaxNode root = output.SyntaxTrees.Last().GetRoot();
        Assert.Single(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>());
        Assert.Single(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>());
        Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsKind(SyntaxKind.IfDirectiveTrivia) || t.IsKind(SyntaxKind.RegionDirectiveTrivia));
        if (version == LanguageVersion.Latest)
        {
            Snapshot.Verify(source, "LabelboxManifests.g");
        }
    }

    [Fact]
    public void GeneratedManifest_ReadsItsEmbeddedResource()
    {
        const string resource = "ManifestGen.Manifests/images/two-rows.lbx.json";
        var (_, output, _) = GeneratorRunner.Run(
            TestCompilation.Create("namespace MyApp { class Program { } }"),
            GeneratorRunner.Files(("/p/images/two-rows.lbx.json", TwoRows)),
            Options("MyApp", ("/p/images/two-rows.lbx.json", resource)));
        Assembly assembly = GeneratedAssembly.Load(output, new[] { (resource, TwoRows) });
        var manifest = (ImportManifest)GeneratedAssembly.Static(assembly, "MyApp.LabelboxManifests", "TwoRows")!;
        Assert.Equal(2, manifest.Count);
        Assert.Equal(new[] { "a", "b" }, manifest.GlobalKeys);
        Assert.Equal("https://example.com/b.jpg", manifest.Rows[1].RowData);
        Assert.Equal(Attachment.RawText("note", "n"), Assert.Single(manifest.Rows[1].Attachments));
    }

    [Fact]
    public void EmbeddedResourceThatDiffersFromTheBuild_IsRefused()
    {
        const string resource = "ManifestGen.Manifests/a.lbx.json";
        var (_, output, _) = GeneratorRunner.Run(
            TestCompilation.Create("namespace MyApp { class Program { } }"),
            GeneratorRunner.Files(("/p/a.lbx.json", TwoRows)),
            Options("MyApp", ("/p/a.lbx.json", resource)));
        Assembly assembly = GeneratedAssembly.Load(output, new[] { (resource, TwoRows.Replace("a.jpg", "evil.jpg", StringComparison.Ordinal)) });
        var manifest = (ImportManifest)GeneratedAssembly.Static(assembly, "MyApp.LabelboxManifests", "A")!;
        var error = Assert.Throws<InvalidOperationException>(() => manifest.Rows);
        Assert.Contains("is not the one the build checked", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild the project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEmbeddedResource_SaysWhatToCheck()
    {
        var (_, output, _) = GeneratorRunner.Run(
            TestCompilation.Create("namespace MyApp { class Program { } }"),
            GeneratorRunner.Files(("/p/a.lbx.json", TwoRows)),
            Options("MyApp"));
        Assembly assembly = GeneratedAssembly.Load(output, Array.Empty<(string, string)>());
        var manifest = (ImportManifest)GeneratedAssembly.Static(assembly, "MyApp.LabelboxManifests", "A")!;
        Assert.Equal(2, manifest.Count);
        var error = Assert.Throws<InvalidOperationException>(() => manifest.Rows);
        Assert.Contains("'ManifestGen.Manifests/a.lbx.json' is not embedded", error.Message, StringComparison.Ordinal);
    }
}
