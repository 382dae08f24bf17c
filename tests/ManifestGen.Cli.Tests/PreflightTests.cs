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
    public void NoLocalFiles_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        var result = Lbx.Run(folder.Path, "preflight", "images.lbx.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No local files in 1 manifest; nothing to check.", Assert.Single(result.Lines));
    }
}
