using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ManifestGen.Generator.Tests.Infrastructure;
using ManifestGen.Generator.Tests.Performance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Benchmarks;

/// <summary>
/// Design target (issue "IDE experience"): in a project with 50 manifests and 200 C# files, a
/// keystroke costs the generators and analyzers little. Each benchmark types one real change (the
/// text alternates, so nothing is served from a cache that should not be) and then does what the
/// IDE does for it: re-run the generators, and run the analyzers on the edited document only.
/// The baseline is the cold start: every generator and every analyzer over the whole project.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IdeEditBenchmarks
{
    private IdeProject _project = null!;
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        _project = IdeProject.Create();
    }

    [Benchmark(Baseline = true, Description = "Cold: all generators + all analyzers")]
    public int ColdStart()
    {
        IdeProject fresh = IdeProject.Create();
        return fresh.Compilation.WithAnalyzers(ProjectRunner.Analyzers, new AnalyzerOptions(fresh.Files))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    [Benchmark(Description = "Keystroke in a C# file")]
    public int CSharpKeystroke()
    {
        _project.TypeInCSharp(1, ++_version);
        SyntaxTree edited = _project.Compilation.SyntaxTrees[1];
        return _project.Compilation.WithAnalyzers(ProjectRunner.Analyzers, new AnalyzerOptions(_project.Files))
            .GetAnalyzerSemanticDiagnosticsAsync(_project.Compilation.GetSemanticModel(edited), filterSpan: null, CancellationToken.None)
            .GetAwaiter().GetResult().Length;
    }

    [Benchmark(Description = "Keystroke in a manifest")]
    public int ManifestKeystroke()
    {
        AdditionalText edited = _project.TypeInManifest(17, ++_version % 2 == 0 ? "x" : "y");
        AnalysisResult result = _project.Compilation.WithAnalyzers(ProjectRunner.Analyzers, new AnalyzerOptions(_project.Files))
            .GetAnalysisResultAsync(edited, CancellationToken.None).GetAwaiter().GetResult();
        return result.AdditionalFileDiagnostics.Sum(d => d.Value.Values.Sum(v => v.Length));
    }
}
