using System.Collections.Generic;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Cli.Commands.Preflight;

/// <summary>The local files manifests name in row_data, as full paths (a relative path starts at its manifest's folder).</summary>
internal static class LocalFiles
{
    public static IReadOnlyList<string> Of(ValidManifests manifests)
    {
        var paths = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (DataRowSpec row in manifests.Rows())
        {
            if (IsLocal(row.RowData))
            {
                paths.Add(row.RowData);
            }
        }

        return new List<string>(paths);
    }

    /// <summary>A local path (uploaded by the import) rather than a URL; the import decides the same way.</summary>
    public static bool IsLocal(string rowData) =>
        Locations.Check(rowData).Kind is LocationKind.LocalPath or LocationKind.HostWithoutScheme;
}
