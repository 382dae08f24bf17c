namespace ManifestGen.Rules.Manifest;

/// <summary>Bounds that keep a hostile or mistaken file from exhausting the build (LBX0007).</summary>
internal static class ManifestLimits
{
    /// <summary>About 100 MB of text: far above Labelbox's 150,000 rows per import task.</summary>
    public const int MaxChars = 100_000_000;

    /// <summary>A manifest needs five levels; anything near this is not a manifest.</summary>
    public const int MaxDepth = 64;
}
