using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.Manifests;

/// <summary>
/// Reads a compilation's severity configuration for manifest diagnostics. The compiler applies no
/// `.editorconfig` section to a diagnostic in an additional file (dotnet/roslyn#31916), and the options
/// it hands an analyzer leave out every `dotnet_diagnostic.*.severity` key, so the package's build
/// targets pass the `.editorconfig` files above the manifests as additional files. This class parses
/// them and adds the global configs and the command line (`&lt;NoWarn&gt;`, `&lt;WarningsAsErrors&gt;`,
/// `&lt;TreatWarningsAsErrors&gt;`) as the compiler read them; <see cref="SeverityConfiguration"/>
/// applies them in the compiler's order.
/// </summary>
internal static class ManifestSeverities
{
    private const string EditorConfigName = ".editorconfig";

    public static bool IsEditorConfig(string path) =>
        string.Equals(Path.GetFileName(path), EditorConfigName, StringComparison.OrdinalIgnoreCase);

    public static SeverityConfiguration Read(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var files = new List<ConfigFile>();
        foreach (AdditionalText file in analyzerOptions.AdditionalFiles.Where(f => IsEditorConfig(f.Path)))
        {
            if (file.GetText(cancellationToken) is { } text)
            {
                files.Add(ConfigFile.Parse(file.Path, text.ToString()));
            }
        }

        CompilationOptions options = compilation.Options;
        var commandLine = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, ReportDiagnostic> pair in options.SpecificDiagnosticOptions)
        {
            commandLine[pair.Key] = FromReport(pair.Value);
        }

        ConfiguredSeverity general = options.GeneralDiagnosticOption switch
        {
            ReportDiagnostic.Error => ConfiguredSeverity.Error,
            ReportDiagnostic.Suppress => ConfiguredSeverity.None,
            _ => ConfiguredSeverity.Default,
        };

        return new SeverityConfiguration(new ConfigSet(files), new SeverityPolicy(commandLine, general, GlobalOptions(compilation, analyzerOptions, cancellationToken)));
    }

    /// <summary>
    /// The global configs' severity keys for the rules, as the compiler read them: the id keys from
    /// its per-id table, the category keys from the options analyzers see.
    /// </summary>
    private static SeverityOptions GlobalOptions(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var keys = new List<KeyValuePair<string, string>>();
        SyntaxTreeOptionsProvider? trees = compilation.Options.SyntaxTreeOptionsProvider;
        foreach (Rule rule in RuleCatalog.All)
        {
            if (trees != null && trees.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out ReportDiagnostic report))
            {
                keys.Add(new(SeverityWords.IdKey(rule.Id), SeverityWords.Word(FromReport(report))));
            }
        }

        AnalyzerConfigOptions global = analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions;
        foreach (string key in RuleCatalog.All.Select(r => SeverityWords.CategoryKey(r.Category)).Distinct().Append(SeverityWords.AllKey))
        {
            if (global.TryGetValue(key, out string? value))
            {
                keys.Add(new(key, value));
            }
        }

        return SeverityOptions.From(keys);
    }

    private static ConfiguredSeverity FromReport(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => ConfiguredSeverity.Error,
        ReportDiagnostic.Warn => ConfiguredSeverity.Warning,
        ReportDiagnostic.Info => ConfiguredSeverity.Info,
        ReportDiagnostic.Hidden => ConfiguredSeverity.Hidden,
        ReportDiagnostic.Suppress => ConfiguredSeverity.None,
        _ => ConfiguredSeverity.Default,
    };
}
