using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    /// <summary>
    /// Per rule reported per file, the descriptor of a place that also stands for more places of its rule
    /// (<see cref="Problem.More"/>): the same id, category and severity, its message the whole text.
    /// </summary>
    private static readonly Dictionary<Rule, DiagnosticDescriptor> GroupedByRule = new();

    /// <summary>
    /// Each descriptor's twin tagged CustomSeverityConfigurable (see <see cref="Configurable"/>), keyed by
    /// id, CompilationEnd tag and message format: descriptors compare equal ignoring their tags.
    /// </summary>
    private static readonly Dictionary<(string Id, bool AtEnd, string Format), DiagnosticDescriptor> ConfigurableByDescriptor = new();

    /// <summary>
    /// WellKnownDiagnosticTags.CustomSeverityConfigurable (Roslyn 4.9 and later; Microsoft.CodeAnalysis
    /// 4.8 has no constant for it, and older compilers ignore the tag).
    /// </summary>
    private const string CustomSeverityConfigurable = nameof(CustomSeverityConfigurable);

    /// <summary>The grouped descriptors' format: the rule's message for the place, then <see cref="Problem.MoreText"/>.</summary>
    private const string GroupedFormat = "{0}{1}";

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
                GroupedByRule.Add(rule, CreateWithFormat(rule, GroupedFormat));
            }

            if (rule.Reporting != RuleReporting.PerFile)
            {
                DiagnosticDescriptor tagged = Create(rule, WellKnownDiagnosticTags.CompilationEnd);
                (rule.Reporting == RuleReporting.AtCompilationEnd ? ByRule : AtEndByRule).Add(rule, tagged);
                atEnd.Add(tagged);
            }
        }

        All = perFile.ToImmutable().AddRange(atEnd);
        foreach (DiagnosticDescriptor descriptor in All.Concat(GroupedByRule.Values))
        {
            ConfigurableByDescriptor.Add(Key(descriptor), new DiagnosticDescriptor(
                descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault, descriptor.Description, descriptor.HelpLinkUri,
                descriptor.CustomTags.Append(CustomSeverityConfigurable).ToArray()));
        }

        AllConfigurable = All.Select(Configurable).ToImmutableArray();
    }

    public static ImmutableArray<DiagnosticDescriptor> All { get; }

    /// <summary><see cref="All"/>, each as <see cref="Configurable"/> returns it.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllConfigurable { get; }

    public static DiagnosticDescriptor For(Rule rule) => ByRule[rule];

    /// <summary>The descriptor of <paramref name="problem"/>: its rule's, or for a place that stands for more, the grouped one.</summary>
    public static DiagnosticDescriptor For(Problem problem) => problem.More == 0 ? ByRule[problem.Rule] : GroupedByRule[problem.Rule];

    /// <summary>The message arguments of <paramref name="problem"/> under <see cref="For(Problem)"/>.</summary>
    public static string[] Arguments(Problem problem) =>
        problem.More == 0 ? problem.Args : new[] { problem.Rule.Format(problem.Args), Problem.MoreText(problem.More) };

    /// <summary>
    /// <paramref name="descriptor"/> tagged CustomSeverityConfigurable, for diagnostics reported at a
    /// severity the analyzer resolved itself (manifests): the compiler then applies no
    /// `dotnet_diagnostic` key over it (only the command line, which the analyzer applied alike), and
    /// runs the analyzer even when every one of its ids is configured off.
    /// </summary>
    public static DiagnosticDescriptor Configurable(DiagnosticDescriptor descriptor) => ConfigurableByDescriptor[Key(descriptor)];

    private static (string Id, bool AtEnd, string Format) Key(DiagnosticDescriptor descriptor) =>
        (descriptor.Id, descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd), descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The descriptor a compilation-end action reports <paramref name="rule"/> under.</summary>
    public static DiagnosticDescriptor AtCompilationEnd(Rule rule) =>
        rule.Reporting == RuleReporting.PerFileAndAtCompilationEnd ? AtEndByRule[rule] : ByRule[rule];

    private static DiagnosticDescriptor Create(Rule rule, params string[] tags) => CreateWithFormat(rule, rule.MessageFormat, tags);

    private static DiagnosticDescriptor CreateWithFormat(Rule rule, string messageFormat, params string[] tags) => new(
        rule.Id,
        rule.Title,
        messageFormat,
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
