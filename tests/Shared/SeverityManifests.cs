namespace ManifestGen.Testing;

/// <summary>A manifest with one finding of each of four rules, for the severity configuration tests (linked into each test project).</summary>
internal static class SeverityManifests
{
    /// <summary>Row 1: LBX0103 and LBX0104 (warnings) at (2,17); row 2: LBX0107 (warning) at (3,17); row 3: LBX0102 (error) at (4,17). Global keys start with <paramref name="key"/>.</summary>
    public static string FourRules(string key) =>
        "[\n  { \"row_data\": \"https://s3.us-west-2.amazonaws.com/my-bucket/images/a.tiff\", \"global_key\": \"" + key + "1\" },\n"
        + "  { \"row_data\": \"storage.googleapis.com/bucket/b.jpg\", \"global_key\": \"" + key + "2\" },\n"
        + "  { \"row_data\": \"http://example.com/c.jpg\", \"global_key\": \"" + key + "3\" }\n]\n";
}
