using System.Linq;

namespace ManifestGen.Testing;

/// <summary>Manifests with one mistake on every row, for the tests of the diagnostic limits (linked into each test project).</summary>
internal static class SameMistakeManifests
{
    /// <summary>LBX0301's message for the rows' media type.</summary>
    public const string Image = "media_type 'image' is not a Labelbox media type; did you mean 'IMAGE'?";

    /// <summary>
    /// <paramref name="count"/> rows, one a line from line 2, each with "media_type": "image" (LBX0301, at column 80 for an
    /// https row and a one-character <paramref name="name"/>); the first <paramref name="http"/> rows use http (LBX0102 at
    /// column 16). Global keys are <paramref name="name"/> and the row's number from 1.
    /// </summary>
    public static string Rows(string name, int count, int http = 0) =>
        "[\n" + string.Join(",\n", Enumerable.Range(1, count).Select(i =>
            "  {\"row_data\": \"" + (i <= http ? "http" : "https") + "://example.com/" + name + i + ".jpg\", \"global_key\": \"" + name + i + "\", \"media_type\": \"image\"}"))
        + "\n]\n";

    /// <summary>What a place that stands for <paramref name="more"/> more of its rule adds to the rule's message.</summary>
    public static string More(int more) =>
        " (the same problem is at " + more + (more == 1 ? " more place" : " more places") + " in this file, not listed; lbx validate lists every one)";
}
