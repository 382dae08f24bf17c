using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Performance;

/// <summary>
/// What a keystroke costs in a project with 50 manifests and 200 C# files: typing in C# re-runs no
/// manifest or metadata work; typing in one manifest re-parses that manifest only. (The timing is
/// measured in tests/ManifestGen.Benchmarks, IdeEditBenchmarks.)
/// </summary>
public class IdeKeystrokeTests
{
    private static readonly string[] ManifestAndSchemaSteps =
    {
        TrackingNames.ManifestInputs, TrackingNames.ParsedManifests, TrackingNames.AllManifests,
        TrackingNames.MetadataSchemas, TrackingNames.MetadataFields, TrackingNames.Settings,
    };

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Steps(IEnumerable<GeneratorRunResult> results, params string[] names) =>
        results.SelectMany(r => r.TrackedSteps.Where(s => names.Contains(s.Key)).SelectMany(s => s.Value.SelectMany(v => v.Outputs).Select(o => (s.Key, o.Reason))));

    private static IEnumerable<IncrementalStepRunReason> Outputs(IEnumerable<GeneratorRunResult> results) =>
        results.SelectMany(r => r.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason));

    [Fact]
    public void KeystrokeInAnyCSharpFile_RunsNoManifestOrSchemaWork_AndEmitsNothingAgain()
    {
        IdeProject project = IdeProject.Create();
        foreach (int file in new[] { 0, 1, 199 })
        {
            GeneratorRunResult[] results = project.TypeInCSharp(file, version: 1);
            var manifestSteps = Steps(results, ManifestAndSchemaSteps).ToArray();
            Assert.True(manifestSteps.Length >= IdeProject.Manifests, "the manifest steps should have been tracked");
            Assert.All(manifestSteps, s => Assert.True(s.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, s.Step + ": " + s.Reason));
            Assert.All(Steps(results, TrackingNames.DataRowSpecs), s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
            Assert.All(Outputs(results), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    [Fact]
    public void KeystrokeInOneManifest_ReparsesOnlyThatManifest()
    {
        IdeProject project = IdeProject.Create();
        project.TypeInManifest(17, "x");
        GeneratorRunResult[] results = project.LastRun();
        IncrementalStepRunReason[] parsed = Steps(results, TrackingNames.ParsedManifests).Select(s => s.Reason).ToArray();
        Assert.Equal(IdeProject.Manifests, parsed.Length);
        Assert.Single(parsed, r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(IdeProject.Manifests - 1, parsed.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Steps(results, TrackingNames.MetadataSchemas, TrackingNames.DataRowTypes, TrackingNames.DataRowSpecs), s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
    }
}
