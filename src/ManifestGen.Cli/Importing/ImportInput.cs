using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Commands.Preflight;
using ManifestGen.Cli.Inputs;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The rows of all the manifests as one import. Local paths become full paths (each is relative to
/// its own manifest's folder); the name lists the manifests relative to the journal, so the journal
/// records which files it belongs to and a resume with other files is refused.
/// </summary>
internal static class ImportInput
{
    public static ImportManifest Create(IReadOnlyList<ManifestSource> manifests, string journalPath)
    {
        var rows = new List<DataRowSpec>();
        foreach (ManifestSource manifest in manifests)
        {
            string folder = Path.GetDirectoryName(manifest.Path)!;
            rows.AddRange(ManifestRows.Load(manifest.Path).Select(row =>
                LocalFiles.IsLocal(row.RowData) ? row with { RowData = Path.GetFullPath(row.RowData, folder) } : row));
        }

        string journalFolder = Path.GetDirectoryName(journalPath)!;
        string name = "lbx " + string.Join(", ", manifests.Select(m => Path.GetRelativePath(journalFolder, m.Path).Replace('\\', '/')));
        return ImportManifest.FromRows(rows, name);
    }
}
