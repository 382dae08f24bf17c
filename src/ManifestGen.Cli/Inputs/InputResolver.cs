using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Commands;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ManifestGen.Cli.Inputs;

/// <summary>
/// Turns path arguments into files: a file is taken as named, a folder means every *.lbx.json below
/// it (skipping bin, obj and hidden folders, as MSBuild's default items do), and an argument with
/// *, ? or [ is a glob (data/**/*.lbx.json) matched from its literal leading folders. No argument
/// means the working directory.
/// </summary>
internal static class InputResolver
{
    private static readonly char[] GlobCharacters = { '*', '?', '[' };

    private static readonly string[] CurrentFolder = { "." };

    /// <summary>MSBuild's default item excludes: build output and hidden folders (.git, .vs).</summary>
    private static readonly string[] ExcludedFolders = { "**/bin/**", "**/obj/**", "**/.*/**" };

    public static ResolvedInputs Resolve(IReadOnlyList<string> arguments, string workingDirectory)
    {
        var manifests = new SortedDictionary<string, ManifestSource>(StringComparer.Ordinal);
        var schemas = new SortedSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string> named = arguments.Count == 0 ? CurrentFolder : arguments;
        foreach (string argument in named)
        {
            foreach (var (path, folder) in Expand(argument, workingDirectory))
            {
                if (MetadataSchemaFile.IsSchemaFile(path))
                {
                    schemas.Add(path);
                }
                else if (!manifests.ContainsKey(path))
                {
                    manifests.Add(path, new ManifestSource(path, SearchRoot(path, folder, workingDirectory)));
                }
            }
        }

        if (manifests.Count == 0 && schemas.Count == 0)
        {
            throw new UsageException("No " + ManifestFiles.Extension + " files found in " + string.Join(", ", named)
                + "; name manifest files, folders that hold them, or a glob such as 'data/**/*" + ManifestFiles.Extension + "'");
        }

        return new ResolvedInputs(manifests.Values.ToList(), schemas.ToList());
    }

    /// <summary>The files an argument names, each with the folder the argument started from.</summary>
    private static IEnumerable<(string Path, string Folder)> Expand(string argument, string workingDirectory)
    {
        if (argument.Length == 0)
        {
            throw new UsageException("An empty path was given; name a manifest file, a folder or a glob");
        }

        if (argument.IndexOfAny(GlobCharacters) >= 0)
        {
            return Glob(argument, workingDirectory);
        }

        string full = Path.GetFullPath(argument, workingDirectory);
        if (File.Exists(full))
        {
            return new[] { (full, Path.GetDirectoryName(full)!) };
        }

        if (Directory.Exists(full))
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddInclude("**/*" + ManifestFiles.Extension);
            matcher.AddExcludePatterns(ExcludedFolders);
            return matcher.GetResultsInFullPath(full).Select(p => (Path.GetFullPath(p), full));
        }

        throw new UsageException("'" + argument + "' does not exist (looked for " + full + ")");
    }

    /// <summary>Manifests and schema files matching a glob; the literal folders before the first wildcard are where it starts.</summary>
    private static List<(string Path, string Folder)> Glob(string argument, string workingDirectory)
    {
        string[] segments = argument.Replace('\\', '/').Split('/');
        int firstWild = Array.FindIndex(segments, s => s.IndexOfAny(GlobCharacters) >= 0);
        string literal = string.Join("/", segments, 0, firstWild);
        string pattern = string.Join("/", segments, firstWild, segments.Length - firstWild);
        string folder = Path.GetFullPath(literal.Length == 0 && argument.StartsWith('/') ? "/" : literal.Length == 0 ? "." : literal, workingDirectory);
        var matches = new List<(string Path, string Folder)>();
        if (Directory.Exists(folder))
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddInclude(pattern);
            foreach (string path in matcher.GetResultsInFullPath(folder))
            {
                if (ManifestFiles.IsManifest(path) || MetadataSchemaFile.IsSchemaFile(path))
                {
                    matches.Add((Path.GetFullPath(path), folder));
                }
            }
        }

        if (matches.Count == 0)
        {
            throw new UsageException("No " + ManifestFiles.Extension + " files match '" + argument + "'");
        }

        return matches;
    }

    private static string SearchRoot(string path, string folder, string workingDirectory) =>
        IsUnder(path, workingDirectory) ? workingDirectory : folder;

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsUnder(string path, string folder)
    {
        string relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
