using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Inputs;
using ManifestGen.Rules.Config;

namespace ManifestGen.Cli.Validation;

/// <summary>
/// The severity each finding is reported at, from the configuration the build reads for the same
/// files: the `.editorconfig` files in each manifest's folder and above (up to one with
/// `root = true`), the `.globalconfig` files in the folder of the nearest project above the manifest
/// and the folders above it, files given with `--config`, and the ids given on the command line as
/// a project gives them in `&lt;NoWarn&gt;`, `&lt;WarningsAsErrors&gt;` and `&lt;WarningsNotAsErrors&gt;`.
/// The rules of precedence are the build's (<see cref="SeverityPolicy"/>).
/// </summary>
internal static class ConfiguredSeverities
{
    private const string EditorConfigName = ".editorconfig";
    private const string GlobalConfigName = ".globalconfig";

    /// <summary>Each rule at its own severity; with <paramref name="warningsAsErrors"/>, warnings as errors.</summary>
    public static SeverityConfiguration Defaults(bool warningsAsErrors) =>
        new(new ConfigSet(Array.Empty<ConfigFile>()), Policy(new CommandLineSeverities(warningsAsErrors), SeverityOptions.Empty));

    /// <summary>The configuration of the manifests in <paramref name="inputs"/> and their schema files, read from disk, with <paramref name="configFiles"/> (full paths) as global configs.</summary>
    public static SeverityConfiguration Discover(ResolvedInputs inputs, IEnumerable<string> configFiles, CommandLineSeverities commandLine) =>
        Discover(inputs.Manifests.Select(m => m.Path).Concat(SchemaDiscovery.FindAll(inputs)), configFiles, commandLine);

    /// <summary>The configuration of the files at <paramref name="paths"/> (manifests and schema files, full paths), read from disk, with <paramref name="configFiles"/> (full paths) as global configs.</summary>
    private static SeverityConfiguration Discover(IEnumerable<string> paths, IEnumerable<string> configFiles, CommandLineSeverities commandLine)
    {
        var found = new Dictionary<string, ConfigFile>(StringComparer.Ordinal);
        var folders = new HashSet<string>(paths.Select(Path.GetDirectoryName).OfType<string>(), StringComparer.Ordinal);
        foreach (string folder in folders)
        {
            AddEditorConfigs(folder, found);
            if (NearestProjectFolder(folder) is { } project)
            {
                for (string? above = project; above != null; above = Path.GetDirectoryName(above))
                {
                    Add(Path.Combine(above, GlobalConfigName), found, global: true);
                }
            }
        }

        foreach (string file in configFiles)
        {
            if (!File.Exists(file))
            {
                throw new UsageException("The config file " + file + " does not exist.");
            }

            Add(file, found, global: true);
        }

        var set = new ConfigSet(found.Values);
        return new SeverityConfiguration(set, Policy(commandLine, set.Global));
    }

    private static SeverityPolicy Policy(CommandLineSeverities commandLine, SeverityOptions global) =>
        new(commandLine.ById, commandLine.WarningsAsErrors ? ConfiguredSeverity.Error : ConfiguredSeverity.Default, global);

    /// <summary>The `.editorconfig` files from <paramref name="folder"/> up, stopping after one with `root = true`.</summary>
    private static void AddEditorConfigs(string folder, Dictionary<string, ConfigFile> found)
    {
        for (string? current = folder; current != null; current = Path.GetDirectoryName(current))
        {
            if (Add(Path.Combine(current, EditorConfigName), found, global: false) is { IsRoot: true })
            {
                return;
            }
        }
    }

    /// <summary>The folder of the nearest project file (*.csproj) at or above <paramref name="folder"/>, as the build has one.</summary>
    private static string? NearestProjectFolder(string folder)
    {
        for (string? current = folder; current != null; current = Path.GetDirectoryName(current))
        {
            if (Directory.EnumerateFiles(current, "*.csproj").Any())
            {
                return current;
            }
        }

        return null;
    }

    private static ConfigFile? Add(string path, Dictionary<string, ConfigFile> found, bool global)
    {
        if (found.TryGetValue(path, out ConfigFile? known))
        {
            return known;
        }

        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var file = ConfigFile.Parse(path, File.ReadAllText(path), global);
            found.Add(path, file);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("Cannot read " + path + ": " + e.Message);
        }
    }
}
