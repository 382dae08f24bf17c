using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Manifests;

/// <summary>
/// The diagnostics of every manifest of a compilation, decided once for all of them: each manifest is
/// checked (<see cref="ManifestChecks"/>), its problems put at their configured severities, and the limit
/// across files (<see cref="ProblemBudget"/>) applied in path order, with LBX0008 where it cut. The
/// per-file actions, which may run in any order and at once, each report their file's share, so the same
/// files give the same diagnostics however they run.
/// </summary>
internal sealed class ManifestListing
{
    private readonly Dictionary<string, List<Diagnostic>> _byPath;

    private ManifestListing(Dictionary<string, List<Diagnostic>> byPath, Dictionary<string, SourceText> texts, List<KeyOccurrence> keys)
    {
        _byPath = byPath;
        Texts = texts;
        Keys = keys;
    }

    /// <summary>Every manifest's text by path, for placing the check across files.</summary>
    public IReadOnlyDictionary<string, SourceText> Texts { get; }

    /// <summary>Every manifest's global keys, for the check across files.</summary>
    public IReadOnlyList<KeyOccurrence> Keys { get; }

    /// <summary>The diagnostics to report in the manifest at <paramref name="path"/>.</summary>
    public IReadOnlyList<Diagnostic> For(string path) =>
        _byPath.TryGetValue(path, out List<Diagnostic>? diagnostics) ? diagnostics : Array.Empty<Diagnostic>();

    public static ManifestListing Create(ImmutableArray<AdditionalText> files, ManifestChecks checks, MetadataSchema schema,
        SeverityConfiguration severities, ProblemLimits limits, CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var keys = new List<KeyOccurrence>();
        var budget = new ProblemBudget(limits.Total, Settings.ProblemLimitName);
        foreach (AdditionalText file in files.Where(f => ManifestFiles.IsManifest(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            string path = file.Path;
            if (texts.ContainsKey(path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            ManifestChecks.Result result = checks.Check(path, text, schema, limits.SamePlaces);
            texts.Add(path, text);
            keys.AddRange(result.Keys);
            var listed = new List<Diagnostic>();
            foreach (Problem problem in result.Problems)
            {
                ConfiguredSeverity configured = severities.For(problem.Rule, path);
                if (ProblemReporter.Effective(configured, Descriptors.For(problem).DefaultSeverity) is DiagnosticSeverity shown
                    && budget.TryList(path, problem, ToRule(shown)))
                {
                    listed.Add(ProblemReporter.CreateConfigured(problem, path, text, configured)!);
                }
            }

            byPath.Add(path, listed);
        }

        if (budget.Summary() is { } summary && budget.FirstPath is { } first)
        {
            byPath[first].Add(ProblemReporter.CreateConfigured(summary, first, texts[first], ToConfigured(budget.Highest))!);
        }

        return new ManifestListing(byPath, texts, keys);
    }

    /// <summary>Hidden counts as info: LBX0008 stands for it at least at that.</summary>
    private static RuleSeverity ToRule(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        _ => RuleSeverity.Info,
    };

    private static ConfiguredSeverity ToConfigured(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => ConfiguredSeverity.Error,
        RuleSeverity.Warning => ConfiguredSeverity.Warning,
        _ => ConfiguredSeverity.Info,
    };
}
