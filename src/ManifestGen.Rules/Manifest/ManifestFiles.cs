using System;
using System.IO;

namespace ManifestGen.Rules.Manifest;

/// <summary>Which files are manifests, and the name a manifest file gives its rows.</summary>
internal static class ManifestFiles
{
    public const string Extension = ".lbx.json";

    public static bool IsManifest(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without ".lbx.json" ("cats" for cats.lbx.json), or without its last extension.</summary>
    public static string NameOf(string path)
    {
        string name = Path.GetFileName(path);
        return name.Length > Extension.Length && IsManifest(name)
            ? name.Substring(0, name.Length - Extension.Length)
            : Path.GetFileNameWithoutExtension(name);
    }
}
