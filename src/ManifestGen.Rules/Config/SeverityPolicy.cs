using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Rules.Config;

/// <summary>
/// A project's severity settings outside `.editorconfig` files, and the compiler's order for
/// combining them with a file's `.editorconfig` values (CSharpDiagnosticFilter.GetDiagnosticReport
/// and the analyzer driver's category keys):
/// 1. the command line for the id (`&lt;NoWarn&gt;`, `&lt;WarningsAsErrors&gt;`, `&lt;WarningsNotAsErrors&gt;`);
/// 2. the file's `.editorconfig` for the id; 3. the global configs for the id;
/// 4. only if none of those names the id: the category key, then `dotnet_analyzer_diagnostic.severity`,
///    from `.editorconfig` over global configs, which change the rule's default;
/// 5. `&lt;TreatWarningsAsErrors&gt;` turns a warning that 1 does not name into an error.
/// </summary>
internal sealed class SeverityPolicy
{
    public static readonly SeverityPolicy None = new(
        new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase), ConfiguredSeverity.Default, SeverityOptions.Empty);

    public SeverityPolicy(IReadOnlyDictionary<string, ConfiguredSeverity> commandLine, ConfiguredSeverity general, SeverityOptions global)
    {
        CommandLine = commandLine;
        General = general;
        Global = global;
    }

    /// <summary>Per id: `None` for /nowarn, `Error` for /warnaserror+:ID, `Default` for /warnaserror-:ID.</summary>
    public IReadOnlyDictionary<string, ConfiguredSeverity> CommandLine { get; }

    /// <summary>`Error` for /warnaserror (TreatWarningsAsErrors), `None` for warnings off, otherwise `Default`.</summary>
    public ConfiguredSeverity General { get; }

    public SeverityOptions Global { get; }

    /// <summary>
    /// The severity a finding of <paramref name="rule"/> is reported at in a file whose
    /// `.editorconfig` values are <paramref name="editorConfig"/>: Error, Warning, Info, Hidden, or
    /// None (not reported).
    /// </summary>
    public ConfiguredSeverity Resolve(Rule rule, SeverityOptions editorConfig)
    {
        ConfiguredSeverity own = rule.Severity switch
        {
            RuleSeverity.Error => ConfiguredSeverity.Error,
            RuleSeverity.Warning => ConfiguredSeverity.Warning,
            _ => ConfiguredSeverity.Info,
        };

        ConfiguredSeverity report;
        bool named = true;
        if (CommandLine.TryGetValue(rule.Id, out ConfiguredSeverity fromCommandLine))
        {
            report = fromCommandLine;
        }
        else if ((editorConfig.ForId(rule.Id) ?? Global.ForId(rule.Id)) is ConfiguredSeverity configured)
        {
            // /warnaserror raises a configured warning as well.
            report = configured == ConfiguredSeverity.Warning && General == ConfiguredSeverity.Error ? ConfiguredSeverity.Error : configured;
        }
        else
        {
            named = false;
            report = ConfiguredSeverity.Default;
            ConfiguredSeverity? bulk = editorConfig.Over(Global).ForCategory(rule.Category);
            if (bulk is ConfiguredSeverity changed && changed != ConfiguredSeverity.Default)
            {
                own = changed;
            }
        }

        if (report != ConfiguredSeverity.Default)
        {
            return report;
        }

        if (own == ConfiguredSeverity.Warning && General == ConfiguredSeverity.Error && !named)
        {
            return ConfiguredSeverity.Error;
        }

        // Warnings off (-nowarn) leaves errors and hidden diagnostics alone.
        return General == ConfiguredSeverity.None && own is ConfiguredSeverity.Warning or ConfiguredSeverity.Info
            ? ConfiguredSeverity.None
            : own;
    }
}
