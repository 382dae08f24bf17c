using System.Linq;

namespace ManifestGen.Cli.Tests.Infrastructure;

/// <summary>Manifest texts for the tests.</summary>
internal static class TestManifests
{
    /// <summary>An import array of clean rows with these global keys, one row a line.</summary>
    public static string Rows(params string[] keys) =>
        "[\n" + string.Join(",\n", keys.Select(k => "  {\"row_data\": \"https://example.com/" + k + ".jpg\", \"global_key\": \"" + k + "\"}")) + "\n]\n";

    /// <summary>One error (LBX0102 at line 2, column 16) and one warning (LBX0104 at line 3, column 16).</summary>
    public const string Bad =
        "[\n"
        + "  {\"row_data\": \"http://example.com/a.jpg\", \"global_key\": \"a\"},\n"
        + "  {\"row_data\": \"https://example.com/b.tif\", \"global_key\": \"b\"}\n"
        + "]\n";

    /// <summary>The message of <see cref="Bad"/>'s error.</summary>
    public const string BadErrorMessage = "row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'";

    /// <summary>The message of <see cref="Bad"/>'s warning.</summary>
    public const string BadWarningMessage = "'https://example.com/b.tif' has the extension 'tif', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path";

    /// <summary>Only a warning (LBX0104).</summary>
    public const string WarningOnly = "[\n  {\"row_data\": \"https://example.com/b.tif\", \"global_key\": \"b\"}\n]\n";

    /// <summary>A schema declaring the string field "camera".</summary>
    public const string CameraSchema = "{\n  \"fields\": [{\"name\": \"camera\", \"kind\": \"string\"}]\n}\n";

    /// <summary>A clean row that sets the custom field "camera" (LBX0402 without a schema declaring it).</summary>
    public const string UsesCamera =
        "[\n  {\"row_data\": \"https://example.com/c.jpg\", \"global_key\": \"c\", \"metadata_fields\": [{\"name\": \"camera\", \"value\": \"X100\"}]}\n]\n";
}
