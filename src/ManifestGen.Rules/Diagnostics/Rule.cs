namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// One Labelbox rule as the user sees it: a stable id, a default severity and a message format.
/// The generator turns these into DiagnosticDescriptors, the CLI prints them directly.
/// </summary>
internal sealed class Rule
{
    public Rule(string id, RuleSeverity severity, string category, string title, string messageFormat)
    {
        Id = id;
        Severity = severity;
        Category = category;
        Title = title;
        MessageFormat = messageFormat;
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    public string Category { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    /// <summary>The docs page of this rule, used as the diagnostic's help link.</summary>
    public string HelpUri => RuleCatalog.HelpUriBase + Id + ".md";

    public string Format(string[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);

    public override string ToString() => Id;
}
