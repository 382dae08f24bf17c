using System.Collections.Generic;
using ManifestGen.Cli.Commands;

namespace ManifestGen.Cli.Inputs;

/// <summary>A manifest file's rows as the runtime reads them; a file it cannot read is an error of the command line's making.</summary>
internal static class ManifestRows
{
    public static IReadOnlyList<DataRowSpec> Load(string path)
    {
        try
        {
            return ImportManifest.Load(path).Rows;
        }
        catch (ManifestFormatException e)
        {
            throw new UsageException(path + " cannot be read: " + e.Message + " Run lbx validate on it.");
        }
    }
}
