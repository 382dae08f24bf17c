using System.Collections.Generic;
using System.IO;
using ManifestGen.Cli.Inputs;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Cli.Commands.Preflight;

/// <summary>The local files manifests name in row_data, as full paths (a relative path starts at its manifest's folder).</summary>
internal static class LocalFiles
{
    public static IReadOnlyList<string> Of(IEnumerable<ManifestSource> manifests)
    {
        var paths = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (ManifestSource manifest in manifests)
        {
            string folder = Path.GetDirectoryName(manifest.Path)!;
            foreach (DataRowSpec row in ManifestRows.Load(manifest.Path))
            {
                if (IsLocal(row.RowData))
                {
                    paths.Add(Path.GetFullPath(row.RowData, folder));
                }
            }
        }

        return new List<string>(paths);
    }

    /// <summary>A local path (uploaded by the import) rather than a URL; the import decides the same way.</summary>
    public static bool IsLocal(string rowData) =>
        Locations.Check(rowData).Kind is LocationKind.LocalPath or LocationKind.HostWithoutScheme;
}
