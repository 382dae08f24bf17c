using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Generation;

/// <summary>
/// The generator re-reads a manifest only when that manifest changes: C# edits and edits to other
/// manifests leave its step cached, which keeps the IDE responsive with many manifests.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] ManifestSteps = { TrackingNames.ManifestInputs, TrackingNames.ParsedManifests, TrackingNames.AllManifests, TrackingNames.Settings };

    private static string Manifest(int i) => "[{\"row_data\": \"https://example.com/" + i + ".jpg\", \"global_key\": \"k" + i + "\"}]";

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText[] Files) Start(int manifests = 3)
    {
        var files = Enumerable.Range(0, manifests).Select(i => (AdditionalText)new InMemoryAdditionalText("/p/m" + i + ".lbx.json", Manifest(i))).ToArray();
        var compilation = TestCompilation.Create("namespace App { class A { } }");
        var driver = GeneratorRunner.CreateDriver(files, parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options).RunGenerators(compilation);
        return (driver, compilation, files);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void SameInputsAgain_EverythingIsCached()
    {
        var (driver, compilation, _) = Start();
        GeneratorRunResult result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        foreach (string step in ManifestSteps)
        {
            Assert.All(Reasons(result, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void UnrelatedCSharpEdit_ReparsesNoManifest()
    {
        var (driver, compilation, _) = Start();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { class B { int X => 1; } }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (string step in ManifestSteps)
        {
            Assert.All(Reasons(result, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }
    }

    [Fact]
    public void EditingOneOfFiftyManifests_ReparsesOnlyThatOne()
    {
        var (driver, compilation, files) = Start(50);
        driver = driver.ReplaceAdditionalText(files[7], new InMemoryAdditionalText(files[7].Path, Manifest(7).Replace("7.jpg", "7b.jpg", StringComparison.Ordinal)));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var parsed = Reasons(result, TrackingNames.ParsedManifests).ToArray();
        Assert.Equal(50, parsed.Length);
        Assert.Single(parsed, r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(49, parsed.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void WhitespaceOnlyEdit_ChangesTheHashSoTheOutputIsRegenerated()
    {
        var (driver, compilation, files) = Start(2);
        driver = driver.ReplaceAdditionalText(files[0], new InMemoryAdditionalText(files[0].Path, Manifest(0) + "\n"));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.AllManifests));
    }

    [Fact]
    public void AddingAManifest_IsNew()
    {
        var (driver, compilation, _) = Start(2);
        driver = driver.AddAdditionalTexts(ImmutableArrayOf(new InMemoryAdditionalText("/p/new.lbx.json", Manifest(9))));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var parsed = Reasons(result, TrackingNames.ParsedManifests).ToArray();
        Assert.Single(parsed, r => r == IncrementalStepRunReason.New);
        Assert.Equal(2, parsed.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void PipelineValues_HoldNoCompilationSymbolsOrSyntax()
    {
        var (driver, _, _) = Start();
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (var step in result.TrackedSteps.Where(s => ManifestSteps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                PipelineValues.AssertNoCompilationObjects(output.Value, step.Key);
            }
        }
    }

    private static System.Collections.Immutable.ImmutableArray<AdditionalText> ImmutableArrayOf(AdditionalText text) =>
        System.Collections.Immutable.ImmutableArray.Create(text);
}
