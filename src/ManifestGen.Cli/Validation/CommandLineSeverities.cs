using System;
using System.Collections.Generic;
using ManifestGen.Rules.Config;

namespace ManifestGen.Cli.Validation;

/// <summary>
/// Severities given on the command line, as a project gives them to the compiler: ids turned off
/// (`&lt;NoWarn&gt;`), ids made errors (`&lt;WarningsAsErrors&gt;`), ids kept at their own severity
/// (`&lt;WarningsNotAsErrors&gt;`), and every warning made an error (`&lt;TreatWarningsAsErrors&gt;`).
/// </summary>
internal sealed class CommandLineSeverities
{
    private static readonly char[] Separators = { ',', ';' };

    public CommandLineSeverities(bool warningsAsErrors, IEnumerable<string>? noWarn = null,
        IEnumerable<string>? errors = null, IEnumerable<string>? notErrors = null)
    {
        WarningsAsErrors = warningsAsErrors;
        var byId = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);

        // As the build passes them (/warnaserror+:ids, then /warnaserror-:ids) and the compiler reads
        // them: a later switch wins, and /nowarn wins over both.
        Set(byId, errors, ConfiguredSeverity.Error);
        Set(byId, notErrors, ConfiguredSeverity.Default);
        Set(byId, noWarn, ConfiguredSeverity.None);
        ById = byId;
    }

    public bool WarningsAsErrors { get; }

    public IReadOnlyDictionary<string, ConfiguredSeverity> ById { get; }

    /// <summary>Ids as MSBuild lists them: separated by `,` or `;`, spaces ignored.</summary>
    public static IEnumerable<string> Ids(IEnumerable<string> values)
    {
        foreach (string value in values)
        {
            foreach (string id in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return id;
            }
        }
    }

    private static void Set(Dictionary<string, ConfiguredSeverity> byId, IEnumerable<string>? ids, ConfiguredSeverity severity)
    {
        foreach (string id in Ids(ids ?? Array.Empty<string>()))
        {
            byId[id] = severity;
        }
    }
}
