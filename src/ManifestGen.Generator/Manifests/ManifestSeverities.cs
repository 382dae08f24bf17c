using System;
using System.Collections.Concurrent;
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
/// The severity each manifest diagnostic is reported at. The compiler applies no `.editorconfig`
/// section to a diagnostic in an additional file (dotnet/roslyn#31916), and the options it hands an
/// analyzer leave out every `dotnet_diagnostic.*.severity` key, so the package's build targets pass the
/// `.editorconfig` files above the manifests as additional files, and this class applies them as the
/// compiler applies them to C# files, together with the global configs and the command line
/// (`&lt;NoWarn&gt;`, `&lt;WarningsAsErrors&gt;`, `&lt;TreatWarningsAsErrors&gt;`) in the compiler's order.
/// </summary>
internal sealed class ManifestSeverities
{
    private const string EditorConfigName = ".editorconfig";

    private readonly ConfigSet configs;
    private readonly SeverityPolicy policy;
    private readonly ConcurrentDictionary<string, SeverityOptions> byPath = new(StringComparer.Ordinal);

    private ManifestSeverities(ConfigSet configs, SeverityPolicy policy)
    {
        this.configs = configs;
        this.policy = policy;
    }

    public static bool IsEditorConfig(string path) =>
        string.Equals(Path.GetFileName(path), EditorConfigName, StringComparison.OrdinalIgnoreCase);

    public static ManifestSeverities Read(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
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

        return new ManifestSeverities(new ConfigSet(files), new SeverityPolicy(commandLine, general, GlobalOptions(compilation, analyzerOptions, cancellationToken)));
    }

    /// <summary>Error, Warning, Info, Hidden, or None for a finding of <paramref name="rule"/> in the file at <paramref name="path"/>.</summary>
    public ConfiguredSeverity For(Rule rule, string path) =>
        policy.Resolve(rule, byPath.GetOrAdd(path, configs.EditorConfigFor));

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
