using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Commands.Preflight;
using ManifestGen.Cli.Inputs;
using ManifestGen.Manifests;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Text;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The rows of all the manifests as one import, read from the documents validation parsed. Local paths become full paths (each is relative to
/// its own manifest's folder); the name lists the manifests relative to the journal, so the journal
/// records which files it belongs to and a resume with other files is refused.
/// </summary>
internal static class ImportInput
{
    /// <summary>
    /// The import of <paramref name="manifests"/>, from the documents validation parsed (by path), so
    /// no manifest is parsed or validated twice.
    /// </summary>
    public static ImportManifest Create(IReadOnlyList<ManifestSource> manifests,
        IReadOnlyDictionary<string, (TextFile File, ManifestDocument Document)> parsed, string journalPath)
    {
        var rows = new List<DataRowSpec>();
        foreach (ManifestSource manifest in manifests)
        {
            string folder = Path.GetDirectoryName(manifest.Path)!;
            (TextFile file, ManifestDocument document) = parsed[manifest.Path];
            rows.AddRange(ManifestReader.ToRows(document, file.Text, manifest.Path).Select(row =>
                LocalFiles.IsLocal(row.RowData) ? row with { RowData = Path.GetFullPath(row.RowData, folder) } : row));
        }

        string journalFolder = Path.GetDirectoryName(journalPath)!;
        string name = "lbx " + string.Join(", ", manifests.Select(m => Path.GetRelativePath(journalFolder, m.Path).Replace('\\', '/')));
        return ImportManifest.FromRows(rows, name);
    }
}
