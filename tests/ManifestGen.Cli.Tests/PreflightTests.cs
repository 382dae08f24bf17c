using System.IO;
using ManifestGen.Cli.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx preflight: real images pass, a missing file and a text file named .jpg are errors.</summary>
public class PreflightTests
{
    [Fact]
    public void LocalFiles_AreChecked_RelativeToTheManifest()
    {
        using var folder = new TempFolder();
        string images = Path.Combine(folder.Path, "data", "images");
        Directory.CreateDirectory(images);
        using (var image = new Image<Rgba32>(4, 3))
        {
            image.SaveAsPng(Path.Combine(images, "real.png"));
            image.SaveAsJpeg(Path.Combine(images, "real.jpg"));
        }

        folder.Write("data/images/notes.jpg", "not an image");
        folder.Write("data/local.lbx.json",
            "[\n"
            + "  {\"row_data\": \"images/real.png\", \"global_key\": \"p\"},\n"
            + "  {\"row_data\": \"images/real.jpg\", \"global_key\": \"j\"},\n"
            + "  {\"row_data\": \"images/missing.png\", \"global_key\": \"m\"},\n"
            + "  {\"row_data\": \"images/notes.jpg\", \"global_key\": \"n\"},\n"
            + "  {\"row_data\": \"https://example.com/remote.jpg\", \"global_key\": \"r\"}\n"
            + "]\n");

        var result = Lbx.Run(folder.Path, "preflight");

        Assert.Equal(1, result.ExitCode);
        string prefix = Path.Combine("data", "images") + Path.DirectorySeparatorChar;
        Assert.Equal(
            new[]
            {
                prefix + "missing.png: error: The file does not exist; check the path (a relative path is read from the manifest's folder).",
                prefix + "notes.jpg: error: The file is not a JPG, PNG or BMP image by its content, whatever its extension says; Labelbox would reject it.",
                "2 errors, 0 warnings in 4 local files",
            },
            result.Lines[^3..]);
    }

    [Fact]
    public void ManifestWithErrors_ListsThemAll_AsValidateDoes_AndExitsOne()
    {
        using var folder = new TempFolder();
        folder.Write("data/bad.lbx.json",
            "[\n"
            + "  {\"row_data\": \"images/a.png\", \"global_key\": \"bad  key\"},\n"
            + "  {\"row_data\": \"http://example.com/b.jpg\", \"media_type\": \"image\"}\n"
            + "]\n");

        var result = Lbx.Run(folder.Path, "preflight", "data");

        Assert.True(result.ExitCode == 1, result.ToString());
        string path = Path.Combine("data", "bad.lbx.json");
        Assert.Equal(
            new[]
            {
                path + "(2,46): error LBX0202: global_key 'bad  key' is invalid: it has two spaces in a row at position 4",
                path + "(3,3): info LBX0203: 1 row(s) in this manifest have no global_key, so importing it again creates them again; give each row a unique global_key",
                path + "(3,16): error LBX0102: row_data must be an https URL; 'http://example.com/b.jpg' uses http; use 'https://example.com/b.jpg'",
                path + "(3,58): error LBX0301: media_type 'image' is not a Labelbox media type; did you mean 'IMAGE'?",
                "3 errors, 0 warnings in 1 file",
                "error: The manifests have errors; their local files were not checked.",
            },
            result.Lines);
        Assert.Equal(Lbx.Run(folder.Path, "validate", "data").Diagnostics, result.Diagnostics);
    }

    [Fact]
    public void NoLocalFiles_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        var result = Lbx.Run(folder.Path, "preflight", "images.lbx.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No local files in 1 manifest; nothing to check.", Assert.Single(result.Lines));
    }
}
