namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// One Labelbox rule as the user sees it: a stable id, a default severity and a message format, and
/// its policies (whether it has a code fix, stops a manifest from loading at run time, is reported at
/// compilation end, and which C# rule is its twin). The generator turns these into
/// DiagnosticDescriptors, the CLI prints them directly; every list of rules with a policy is derived
/// from <see cref="RuleCatalog"/>.
/// </summary>
internal sealed class Rule
{
    public Rule(
        string id,
        RuleSeverity severity,
        string category,
        string title,
        string messageFormat,
        RuleFix fix = RuleFix.None,
        bool stopsLoading = false,
        RuleReporting reporting = RuleReporting.PerFile,
        RuleTwin? twin = null)
    {
        Id = id;
        Severity = severity;
        Category = category;
        Title = title;
        MessageFormat = messageFormat;
        Fix = fix;
        StopsLoading = stopsLoading;
        Reporting = reporting;
        Twin = twin;
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    public string Category { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    /// <summary>The code fix offered for a finding that carries a suggested value.</summary>
    public RuleFix Fix { get; }

    /// <summary>
    /// A manifest with this problem cannot be read into rows at run time (the runtime knows only the
    /// reserved metadata fields, so it fails on these alone; the build checked the rest).
    /// </summary>
    public bool StopsLoading { get; }

    public RuleReporting Reporting { get; }

    /// <summary>The C# rule reported for the same finding in a constant of code, if any.</summary>
    public RuleTwin? Twin { get; }

    /// <summary>The docs page of this rule, used as the diagnostic's help link.</summary>
    public string HelpUri => RuleCatalog.HelpUriBase + Id + ".md";

    public string Format(string[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);

    public override string ToString() => Id;
}
