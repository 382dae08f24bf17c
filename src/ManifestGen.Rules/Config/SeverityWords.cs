using System;

namespace ManifestGen.Rules.Config;

/// <summary>The words an `.editorconfig` severity key takes, as the compiler reads them (case ignored).</summary>
internal static class SeverityWords
{
    public static bool TryParse(string word, out ConfiguredSeverity severity)
    {
        switch (word.Trim().ToLowerInvariant())
        {
            case "default":
                severity = ConfiguredSeverity.Default;
                return true;
            case "error":
                severity = ConfiguredSeverity.Error;
                return true;
            case "warning":
                severity = ConfiguredSeverity.Warning;
                return true;
            case "suggestion":
                severity = ConfiguredSeverity.Info;
                return true;
            case "silent":
            case "refactoring":
                severity = ConfiguredSeverity.Hidden;
                return true;
            case "none":
                severity = ConfiguredSeverity.None;
                return true;
            default:
                severity = ConfiguredSeverity.Default;
                return false;
        }
    }

    /// <summary>The word for a severity (`suggestion` for Info, `silent` for Hidden).</summary>
    public static string Word(ConfiguredSeverity severity) => severity switch
    {
        ConfiguredSeverity.Error => "error",
        ConfiguredSeverity.Warning => "warning",
        ConfiguredSeverity.Info => "suggestion",
        ConfiguredSeverity.Hidden => "silent",
        ConfiguredSeverity.None => "none",
        _ => "default",
    };

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
