using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ManifestGen.Generator.Manifests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs a small project the way the compiler does with the package referenced: every generator and
/// every analyzer in the generator assembly, then the compiler over the generated output. What it
/// returns is what a build would print.
/// </summary>
internal static class ProjectRunner
{
    private static readonly Assembly GeneratorAssembly = typeof(ManifestAnalyzer).Assembly;

    public static ImmutableArray<IIncrementalGenerator> Generators { get; } = Instantiate<IIncrementalGenerator>(typeof(GeneratorAttribute));

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Instantiate<DiagnosticAnalyzer>(typeof(DiagnosticAnalyzerAttribute));

    /// <summary>Compiler errors and warnings (over the generated output too) and every analyzer diagnostic.</summary>
    public static ImmutableArray<Diagnostic> Run(
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<(string Path, string Text)>? additionalFiles = null,
        LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        (GeneratorDriverRunResult result, Compilation output, ImmutableArray<AdditionalText> additional) = Generate(sources, additionalFiles, languageVersion);
        ImmutableArray<Diagnostic> analyzerDiagnostics = output
            .WithAnalyzers(Analyzers, new AnalyzerOptions(additional))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
        return output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Concat(result.Diagnostics)
            .Concat(analyzerDiagnostics)
            .ToImmutableArray();
    }

    /// <summary>Runs every generator (with step tracking) and returns the result and the compilation with the output added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<AdditionalText> AdditionalFiles) Generate(
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<(string Path, string Text)>? additionalFiles = null,
        LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        CSharpCompilation compilation = TestCompilation.Create(sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)));
        ImmutableArray<AdditionalText> additional = (additionalFiles ?? Array.Empty<(string, string)>())
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                Generators.Select(g => g.AsSourceGenerator()),
                additional,
                parseOptions,
                new TestOptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return (driver.GetRunResult(), output, additional);
    }

    private static ImmutableArray<T> Instantiate<T>(Type marker) =>
        GeneratorAssembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttributes(marker, inherit: false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
