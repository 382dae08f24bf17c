using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Metadata;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Generation;

/// <summary>LabelboxMetadata: typed bindings for the reserved fields and labelbox.metadata.json.</summary>
public class MetadataGeneratorTests
{
    private const string Schema = """
        {
          "fields": [
            { "name": "camera", "kind": "string" },
            { "name": "exposure", "kind": "number", "schema_id": "clexposure000000000000000" },
            { "name": "shot_at", "kind": "datetime" },
            { "name": "quality", "kind": "enum", "options": ["good", { "name": "blurry", "schema_id": "clqualityblurry0000000000" }, "quality", "All"] },
            { "name": "clip", "kind": "embedding", "dimensions": 3 },
            { "name": "LabelboxManifests", "kind": "enum", "options": ["class", "\"*/ #if", "2nd"] },
            { "name": "tag-2", "kind": "string" },
            { "name": "tag 2", "kind": "string" },
            { "name": "LabelboxManifests option", "kind": "string" }
          ]
        }
        """;

    private static readonly IIncrementalGenerator Generator = new MetadataGenerator();

    private static TestOptionsProvider Namespace(string ns) => new(new Dictionary<string, string> { ["build_property.RootNamespace"] = ns });

    private static string Generated(GeneratorDriverRunResult result)
    {
        GeneratedSourceResult source = Assert.Single(Assert.Single(result.Results).GeneratedSources);
        Assert.Equal("LabelboxMetadata.g.cs", source.HintName);
        return "//HintName: " + source.HintName + "\n" + source.SourceText.ToString().Replace(GeneratedFile.Version, "%VERSION%", StringComparison.Ordinal);
    }

    private static void AssertCompilesCleanly(Compilation output) =>
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

    [Fact]
    public void WithoutASchemaFile_TheReservedFields()
    {
        var (result, output, _) = GeneratorRunner.Run(TestCompilation.Create("namespace App { class P { } }"), GeneratorRunner.Files(), Namespace("App"), Generator);
        AssertCompilesCleanly(output);
        Snapshot.Verify(Generated(result), "LabelboxMetadata.g");
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void DeclaredFieldsOfEveryKind(LanguageVersion version)
    {
        var (result, output, _) = GeneratorRunner.Run(
            TestCompilation.Create(new[] { "class P { }" }, version), GeneratorRunner.Files(("/p/labelbox.metadata.json", Schema)), generator: Generator);
        AssertCompilesCleanly(output);
        if (version == LanguageVersion.Latest)
        {
            Snapshot.Verify(Generated(result), "LabelboxMetadata.g");
        }
    }

    [Fact]
    public void TypedFields_BuildRowsAndRejectWrongValues()
    {
        const string use = """
            using System;
            using ManifestGen;
            namespace App
            {
                static class Use
                {
                    public static DataRowSpec Row() => DataRowSpec.Image("https://example.com/a.jpg")
                        .WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Train)
                        .WithMetadata(LabelboxMetadata.Quality, LabelboxMetadata.QualityOption.Blurry)
                        .WithMetadata(LabelboxMetadata.CaptureDateTime, DateTimeOffset.UnixEpoch)
                        .WithMetadata(LabelboxMetadata.Exposure, 0.5)
                        .WithMetadata(LabelboxMetadata.Clip, new[] { 1.0, 2, 3 })
                        .Build();
                }
            }
            """;
        var (_, output, _) = GeneratorRunner.Run(
            TestCompilation.Create(use), GeneratorRunner.Files(("/p/labelbox.metadata.json", Schema)), Namespace("App"), Generator);
        AssertCompilesCleanly(output);

        var (_, wrong, _) = GeneratorRunner.Run(
            TestCompilation.Create(use.Replace("SplitOption.Train", "QualityOption.Good", StringComparison.Ordinal)), GeneratorRunner.Files(("/p/labelbox.metadata.json", Schema)), Namespace("App"), Generator);
        Assert.Contains(wrong.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void GeneratedBindings_RunAndCarryTheSchemaIds()
    {
        var (_, output, _) = GeneratorRunner.Run(
            TestCompilation.Create("using ManifestGen; namespace App { public static class Probe { public static object Row() => DataRowSpec.Image(\"https://example.com/a.jpg\").WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Test).WithMetadata(LabelboxMetadata.Exposure, 2).Build(); } }"),
            GeneratorRunner.Files(("/p/labelbox.metadata.json", Schema)), Namespace("App"), Generator);
        var assembly = GeneratedAssembly.Load(output, Array.Empty<(string, string)>());
        var row = (DataRowSpec)assembly.GetType("App.Probe", throwOnError: true)!.GetMethod("Row")!.Invoke(null, null)!;
        Assert.Equal(
            new[]
            {
                new DataRowMetadata("cko8sbczn0002h2dkdaxb5kal", null, MetadataValue.String("cko8scbz70005h2dkastwhgqt")),
                new DataRowMetadata("clexposure000000000000000", null, MetadataValue.FromNumber(2)),
            },
            row.Metadata);
    }

    [Fact]
    public void UnrelatedEdit_LeavesTheSchemaStepsCached()
    {
        var files = GeneratorRunner.Files(("/p/labelbox.metadata.json", Schema));
        var compilation = TestCompilation.Create("class P { }");
        GeneratorDriver driver = GeneratorRunner.CreateDriver(files, generator: Generator).RunGenerators(compilation);
        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Q { }"))).GetRunResult().Results.Single();
        foreach (string step in new[] { TrackingNames.MetadataSchemas, TrackingNames.MetadataFields })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + o.Reason));
        }
    }
}
