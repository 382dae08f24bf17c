using System;

namespace ManifestGen.Generator.Manifests;

/// <summary>Which additional files are manifests.</summary>
internal static class ManifestFiles
{
    public const string Extension = ".lbx.json";

    public static bool IsManifest(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);
}
