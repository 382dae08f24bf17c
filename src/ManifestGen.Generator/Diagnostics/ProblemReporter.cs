using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

    /// <summary>"Photos.cs(7,50)": a place in another file (or reported at compilation end), for messages.</summary>
    public static string DescribeLocation(Location location)
    {
        FileLinePositionSpan span = location.GetLineSpan();
        return Rules.Text.LineMap.DescribeInFile(System.IO.Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
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

    public static Diagnostic ToDiagnostic(Problem problem, string path, SourceText text) =>
        Create(problem.Rule, Locate(path, text, problem.Start, problem.Length), problem.Fix, problem.Args);

    public static void Report(IEnumerable<Problem> problems, string path, SourceText text, Action<Diagnostic> report)
    {
        foreach (Problem problem in problems)
        {
            report(ToDiagnostic(problem, path, text));
        }
    }
}
