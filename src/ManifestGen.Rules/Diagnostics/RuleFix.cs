namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// What a rule's code fix does with the value its checker suggests; the code-fix providers offer a
/// fix for exactly the rules that have one, and title it by this.
/// </summary>
internal enum RuleFix
{
    /// <summary>No mechanical fix: the user decides.</summary>
    None,

    /// <summary>A misspelt name becomes the closest known one ("Change 'x' to 'y'").</summary>
    SuggestedName,

    /// <summary>A value becomes the form Labelbox takes, e.g. its https URL ("Use 'y'").</summary>
    CorrectedValue,
}
