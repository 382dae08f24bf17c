using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ManifestGen.Generator.DataRows;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.DataRows;

/// <summary>
/// The [LabelboxDataRow] pipeline re-parses a type only when its declaration changes, re-checks it
/// when the metadata schema changes, and re-emits only when the result differs.
/// </summary>
public class DataRowIncrementalTests
{
    private const string Row = """
        using ManifestGen;
        namespace App
        {
            [LabelboxDataRow]
            public partial class Photo
            {
                [RowData] public string Url { get; set; } = "";
                [GlobalKey] public string? Key { get; set; }
                [Metadata("camera")] public string? Camera { get; set; }
                public int Count() { return 1; }
            }
        }
        """;

    private const string Schema = "{ \"fields\": [ { \"name\": \"camera\", \"kind\": \"string\" } ] }";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText SchemaFile) Start()
    {
        var schema = new InMemoryAdditionalText("/p/labelbox.metadata.json", Schema);
        CSharpCompilation compilation = TestCompilation.Create(new[] { CSharpSyntaxTree.ParseText(Row, ParseOptions, "/p/Photo.cs") });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new DataRowGenerator().AsSourceGenerator() },
                new AdditionalText[] { schema },
                ParseOptions,
                new TestOptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGenerators(compilation);
        return (driver, compilation, schema);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static IncrementalStepRunReason[] OutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static CSharpCompilation Replace(CSharpCompilation compilation, string source) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText(source, ParseOptions, "/p/Photo.cs"));

    [Fact]
    public void SameCompilationAgain_EverythingIsCached()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation.Clone());
        Assert.All(Reasons(driver, TrackingNames.DataRowTypes), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(driver, TrackingNames.DataRowSpecs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void UnrelatedFileAdded_NothingIsCheckedOrEmittedAgain()
    {
        // A new compilation re-runs the attribute transform (it reads symbols), but the model it reads
        // is equal, so the steps after it stay cached.
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { class Other { } }", ParseOptions, "/p/Other.cs")));
        Assert.All(Reasons(driver, TrackingNames.DataRowTypes), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(driver, TrackingNames.DataRowSpecs));
        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void MethodBodyEdit_ParsesToAnEqualModel_SoNothingIsEmittedAgain()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(Replace(compilation, Row.Replace("return 1;", "return 2;", StringComparison.Ordinal)));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(driver, TrackingNames.DataRowTypes));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(driver, TrackingNames.DataRowSpecs));
        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void AttributeEdit_IsModified()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(Replace(compilation, Row.Replace("[Metadata(\"camera\")]", "[Metadata(\"tag\")]", StringComparison.Ordinal)));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.DataRowTypes));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.DataRowSpecs));
    }

    [Fact]
    public void SecondType_IsNew_AndTheFirstIsUnchanged()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace App { [ManifestGen.LabelboxDataRow] partial class Clip { [ManifestGen.RowData] public string Url { get; set; } = \"\"; } }", ParseOptions, "/p/Clip.cs")));
        IncrementalStepRunReason[] reasons = Reasons(driver, TrackingNames.DataRowTypes);
        Assert.Equal(new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Unchanged }, reasons.OrderBy(r => r.ToString(), StringComparer.Ordinal));
        Assert.Contains(IncrementalStepRunReason.Cached, Reasons(driver, TrackingNames.DataRowSpecs));
    }

    [Fact]
    public void SchemaEdit_RechecksTheTypeWithoutParsingItAgain()
    {
        var (driver, compilation, schema) = Start();
        driver = driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(schema.Path, Schema.Replace("\"string\"", "\"number\"", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation);
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(driver, TrackingNames.DataRowTypes));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.DataRowSpecs));
    }

    [Fact]
    public void PipelineValues_HoldNoCompilationSymbolsOrSyntax()
    {
        var (driver, _, _) = Start();
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (var step in result.TrackedSteps.Where(s => s.Key is TrackingNames.DataRowTypes or TrackingNames.DataRowSpecs))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                PipelineValues.AssertNoCompilationObjects(output.Value, step.Key);
            }
        }
    }
}
