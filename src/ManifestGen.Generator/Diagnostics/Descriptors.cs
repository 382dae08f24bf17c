using System.Collections.Generic;
using System.Collections.Immutable;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Diagnostics;

/// <summary>
/// Roslyn descriptors for the shared rule catalog, one per rule, built once; a rule reported at
/// compilation end (<see cref="Rule.Reporting"/>) gets the CompilationEnd tag those actions need.
/// </summary>
internal static class Descriptors
{
    private static readonly Dictionary<Rule, DiagnosticDescriptor> ByRule = new();

    /// <summary>
    /// The tagged descriptor of each rule reported both per file and at compilation end (LBX0201):
    /// the per-file action reports under the untagged one, so those show live.
    /// </summary>
    private static readonly Dictionary<Rule, DiagnosticDescriptor> AtEndByRule = new();

    static Descriptors()
    {
        // Every per-file descriptor in id order, then the compilation-end ones in id order.
        var perFile = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        var atEnd = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (Rule rule in RuleCatalog.All)
        {
            if (rule.Reporting != RuleReporting.AtCompilationEnd)
            {
                ByRule.Add(rule, Create(rule));
                perFile.Add(ByRule[rule]);
            }

            if (rule.Reporting != RuleReporting.PerFile)
            {
                DiagnosticDescriptor tagged = Create(rule, WellKnownDiagnosticTags.CompilationEnd);
                (rule.Reporting == RuleReporting.AtCompilationEnd ? ByRule : AtEndByRule).Add(rule, tagged);
                atEnd.Add(tagged);
            }
        }

        All = perFile.ToImmutable().AddRange(atEnd);
    }

    public static ImmutableArray<DiagnosticDescriptor> All { get; }

    public static DiagnosticDescriptor For(Rule rule) => ByRule[rule];

    /// <summary>The descriptor a compilation-end action reports <paramref name="rule"/> under.</summary>
    public static DiagnosticDescriptor AtCompilationEnd(Rule rule) =>
        rule.Reporting == RuleReporting.PerFileAndAtCompilationEnd ? AtEndByRule[rule] : ByRule[rule];

    private static DiagnosticDescriptor Create(Rule rule, params string[] tags) => new(
        rule.Id,
        rule.Title,
        rule.MessageFormat,
        rule.Category,
        rule.Severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: rule.HelpUri,
        customTags: tags);
}
