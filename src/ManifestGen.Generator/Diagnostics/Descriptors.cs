using System.Collections.Generic;
using System.Collections.Immutable;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Diagnostics;

/// <summary>Roslyn descriptors for the shared rule catalog, one per rule, built once.</summary>
internal static class Descriptors
{
    private static readonly Dictionary<Rule, DiagnosticDescriptor> ByRule = Build();

    /// <summary>
    /// LBX0201 as reported by the compilation-end action, which needs the CompilationEnd tag; the
    /// per-file action reports same-file duplicates under the untagged descriptor so they show live.
    /// </summary>
    public static readonly DiagnosticDescriptor DuplicateGlobalKeyAcrossFiles = Create(RuleCatalog.DuplicateGlobalKey, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// LBX2005: a constant global key used twice in the compilation can only be found once every
    /// file is analyzed, so it is only ever reported by a compilation-end action.
    /// </summary>
    public static readonly DiagnosticDescriptor ConstantGlobalKeyTwice = Create(RuleCatalog.ConstantGlobalKeyTwice, WellKnownDiagnosticTags.CompilationEnd);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ImmutableArray.CreateRange(ByRule.Values).Add(DuplicateGlobalKeyAcrossFiles).Add(ConstantGlobalKeyTwice);

    public static DiagnosticDescriptor For(Rule rule) => ByRule[rule];

    private static Dictionary<Rule, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<Rule, DiagnosticDescriptor>();
        foreach (Rule rule in RuleCatalog.All)
        {
            map.Add(rule, Create(rule));
        }

        return map;
    }

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
