using System;

namespace ManifestGen.Rules.Config;

/// <summary>The words an `.editorconfig` severity key takes, as the compiler reads them (case ignored).</summary>
internal static class SeverityWords
{
    // `silent` and `refactoring` mean the same; the first word of a severity is the one written.
    private static readonly (string Word, ConfiguredSeverity Severity)[] Words =
    {
        ("default", ConfiguredSeverity.Default),
        ("error", ConfiguredSeverity.Error),
        ("warning", ConfiguredSeverity.Warning),
        ("suggestion", ConfiguredSeverity.Info),
        ("silent", ConfiguredSeverity.Hidden),
        ("refactoring", ConfiguredSeverity.Hidden),
        ("none", ConfiguredSeverity.None),
    };

    public static bool TryParse(string word, out ConfiguredSeverity severity)
    {
        string trimmed = word.Trim();
        foreach ((string known, ConfiguredSeverity value) in Words)
        {
            if (string.Equals(known, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                severity = value;
                return true;
            }
        }

        severity = ConfiguredSeverity.Default;
        return false;
    }

    /// <summary>The word for a severity (`suggestion` for Info, `silent` for Hidden).</summary>
    public static string Word(ConfiguredSeverity severity) => Array.Find(Words, w => w.Severity == severity).Word;

    /// <summary>The key that sets one rule: `dotnet_diagnostic.LBX0104.severity`.</summary>
    public static string IdKey(string id) => "dotnet_diagnostic." + id + ".severity";

    /// <summary>The key that sets every rule of a category: `dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity`.</summary>
    public static string CategoryKey(string category) => "dotnet_analyzer_diagnostic.category-" + category + ".severity";

    /// <summary>The key that sets every analyzer rule at once.</summary>
    public const string AllKey = "dotnet_analyzer_diagnostic.severity";

    /// <summary>Whether a key is one of the three above (the only ones that configure severity).</summary>
    public static bool IsSeverityKey(string key) =>
        key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase)
        && (key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase));
}
