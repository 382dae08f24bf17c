using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ManifestGen.Generator.Manifests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>Runs the manifest analyzer over additional files and prints diagnostics as MSBuild does.</summary>
internal static class AnalyzerRunner
{
    /// <summary>The project folder the tests' files are in, as MSBuild passes it.</summary>
    public const string ProjectDir = "/p/";

    public static ImmutableArray<Diagnostic> Run(params (string Path, string Text)[] files) => Run(InProject(ProjectDir), files);

    /// <summary>The build properties of a project in <paramref name="projectDir"/> (build_property.ProjectDir, with its trailing separator).</summary>
    public static Dictionary<string, string> InProject(string projectDir) => new() { ["build_property.ProjectDir"] = projectDir };

    /// <summary>With these build properties (none: a build that passes no ProjectDir).</summary>
    public static ImmutableArray<Diagnostic> Run(Dictionary<string, string> buildProperties, params (string Path, string Text)[] files)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = TestCompilation.Create("class C { }");
        var options = new AnalyzerOptions(additional, new TestOptionsProvider(buildProperties));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestAnalyzer()), options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>One manifest named images.lbx.json, the analyzer's diagnostics as "(line,col): severity ID: message".</summary>
    public static string[] Lines(string manifest, string? schema = null)
    {
        var files = new List<(string, string)> { ("/p/images.lbx.json", manifest) };
        if (schema != null)
        {
            files.Add(("/p/labelbox.metadata.json", schema));
        }

        return Format(Run(files.ToArray()), includePath: false);
    }

    public static string[] Format(IEnumerable<Diagnostic> diagnostics, bool includePath = true) =>
        diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string where = (includePath ? span.Path : "") + string.Format(CultureInfo.InvariantCulture, "({0},{1})", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
                return where + ": " + d.Severity.ToString().ToLowerInvariant() + " " + d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture);
            })
            .ToArray();
}
