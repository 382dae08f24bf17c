using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Diagnostics;

/// <summary>Turns shared-rule problems into Roslyn diagnostics located in an additional file.</summary>
internal static class ProblemReporter
{
    public static Location Locate(string path, SourceText text, int start, int length)
    {
        int from = Math.Max(0, Math.Min(start, text.Length));
        int to = Math.Max(from, Math.Min(from + Math.Max(0, length), text.Length));
        var span = TextSpan.FromBounds(from, to);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>"line 3, column 17": an offset of the file being reported, for messages.</summary>
    public static string DescribeOffset(SourceText text, int offset)
    {
        LinePosition position = text.Lines.GetLinePosition(Math.Max(0, Math.Min(offset, text.Length)));
        return Rules.Text.LineMap.Describe(position.Line + 1, position.Character + 1);
    }

    /// <summary>
    /// <paramref name="location"/> for a message reported at <paramref name="reportedAt"/>: "line 7, column 50" in
    /// the same file, as manifest messages name a place in their own file, else "Photos.cs(7,50)".
    /// </summary>
    public static string DescribeLocation(Location location, Location reportedAt)
    {
        FileLinePositionSpan span = location.GetLineSpan();
        int line = span.StartLinePosition.Line + 1;
        int column = span.StartLinePosition.Character + 1;
        return string.Equals(span.Path, reportedAt.GetLineSpan().Path, StringComparison.Ordinal)
            ? Rules.Text.LineMap.Describe(line, column)
            : Rules.Text.LineMap.DescribeInFile(System.IO.Path.GetFileName(span.Path), line, column);
    }

    /// <summary>A diagnostic of <paramref name="rule"/>, with the mechanical fix (if any) under <see cref="DiagnosticProperties.Fix"/>.</summary>
    public static Diagnostic Create(Rule rule, Location location, string? fix, params string[] args) =>
        Diagnostic.Create(
            Descriptors.For(rule),
            location,
            additionalLocations: null,
            properties: fix == null ? null : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Fix, fix),
            messageArgs: args);

    /// <summary>A finding in a C# constant, reported under its rule's C# twin (LBX0103 as LBX2002…), which every caller's findings have.</summary>
    public static Diagnostic CreateTwin(Finding finding, Location location)
    {
        RuleTwin twin = finding.Rule.Twin!;
        return Create(twin.Rule, location, finding.Fix, twin.Arguments(finding.Args));
    }

    /// <summary>
    /// The problems of the additional file at <paramref name="path"/>, each at the severity
    /// <paramref name="severityOf"/> gives its rule there, and not at all where that is None.
    /// </summary>
    public static void Report(IEnumerable<Problem> problems, string path, SourceText text, Func<Rule, ConfiguredSeverity> severityOf, Action<Diagnostic> report)
    {
        foreach (Problem problem in problems)
        {
            if (CreateConfigured(problem, path, text, severityOf(problem.Rule)) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }

    /// <summary>The diagnostic of <paramref name="problem"/> in the additional file at <paramref name="path"/>, at <paramref name="severity"/> (null for None).</summary>
    public static Diagnostic? CreateConfigured(Problem problem, string path, SourceText text, ConfiguredSeverity severity) =>
        CreateConfigured(Descriptors.For(problem), severity, Locate(path, text, problem.Start, problem.Length), null, problem.Fix, Descriptors.Arguments(problem));

    /// <summary>A diagnostic of <paramref name="descriptor"/> at a severity resolved from configuration, or null for None.</summary>
    public static Diagnostic? CreateConfigured(DiagnosticDescriptor descriptor, ConfiguredSeverity severity, Location location,
        IEnumerable<Location>? additionalLocations, string? fix, params string[] args)
    {
        return Effective(severity, descriptor.DefaultSeverity) is DiagnosticSeverity shown
            ? Diagnostic.Create(
                Descriptors.Configurable(descriptor),
                location,
                shown,
                additionalLocations,
                fix == null ? null : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Fix, fix),
                args)
            : null;
    }

    /// <summary>The severity a diagnostic is reported at, configured <paramref name="severity"/> over its default; null for None.</summary>
    public static DiagnosticSeverity? Effective(ConfiguredSeverity severity, DiagnosticSeverity defaultSeverity) => severity switch
    {
        ConfiguredSeverity.Error => DiagnosticSeverity.Error,
        ConfiguredSeverity.Warning => DiagnosticSeverity.Warning,
        ConfiguredSeverity.Info => DiagnosticSeverity.Info,
        ConfiguredSeverity.Hidden => DiagnosticSeverity.Hidden,
        ConfiguredSeverity.Default => defaultSeverity,
        _ => null,
    };
}
