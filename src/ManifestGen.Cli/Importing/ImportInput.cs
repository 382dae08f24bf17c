using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Validation;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The rows of all the manifests as one import, read from the documents validation parsed. The name lists the
/// manifests relative to the journal, so the journal records which files it belongs to and a resume with other
/// files is refused.
/// </summary>
internal static class ImportInput
{
    public static ImportManifest Create(IReadOnlyList<ManifestSource> manifests, ValidManifests valid, string journalPath)
    {
        string journalFolder = Path.GetDirectoryName(journalPath)!;
        string name = "lbx " + string.Join(", ", manifests.Select(m => Path.GetRelativePath(journalFolder, m.Path).Replace('\\', '/')));
        return ImportManifest.FromRows(valid.Rows().ToList(), name);
    }
}
