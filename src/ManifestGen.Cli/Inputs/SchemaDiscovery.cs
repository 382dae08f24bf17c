using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Cli.Inputs;

/// <summary>
/// Finds the labelbox.metadata.json that declares a manifest's fields: the nearest one in the
/// manifest's folder or above, up to its search root (the working directory, or the folder the
/// argument named). Lookups are remembered, since manifests usually share folders.
/// </summary>
internal sealed class SchemaDiscovery
{
    private readonly Dictionary<(string Folder, string Root), string?> _found = new();

    /// <summary>The schema files of all the manifests, and those named on their own: each once, in path order.</summary>
    public static IReadOnlyList<string> FindAll(ResolvedInputs inputs)
    {
        var discovery = new SchemaDiscovery();
        var files = new SortedSet<string>(inputs.SchemaFiles, System.StringComparer.Ordinal);
        foreach (ManifestSource manifest in inputs.Manifests)
        {
            if (discovery.Find(manifest) is { } file)
            {
                files.Add(file);
            }
        }

        return files.ToList();
    }

    /// <summary>The schema file's full path, or null when there is none (reserved fields only).</summary>
    public string? Find(ManifestSource manifest)
    {
        string? folder = Path.GetDirectoryName(manifest.Path);
        return folder == null ? null : FindFrom(folder, manifest.SearchRoot);
    }

    private string? FindFrom(string folder, string root)
    {
        if (_found.TryGetValue((folder, root), out string? known))
        {
            return known;
        }

        string candidate = Path.Combine(folder, MetadataSchemaFile.FileName);
        string? parent = Path.GetDirectoryName(folder);
        string? found = File.Exists(candidate) ? candidate
            : parent != null && !PathsEqual(folder, root) && InputResolver.IsUnder(parent, root) ? FindFrom(parent, root)
            : null;
        _found[(folder, root)] = found;
        return found;
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), System.StringComparison.Ordinal);
}
