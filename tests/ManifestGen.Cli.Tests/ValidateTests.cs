using System.IO;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx validate: exit codes, which files it reads, and where it finds the metadata schema.</summary>
public class ValidateTests
{
    private const string HttpsMessage = "row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'";
    private const string ExtensionMessage = "'https://example.com/b.tif' has the extension 'tif', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path";

    [Fact]
    public void CleanManifest_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));
        var result = Lbx.Run(folder.Path, "validate", "images.lbx.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("0 errors, 0 warnings in 1 file", Assert.Single(result.Lines));
    }

    [Fact]
    public void Errors_ExitOne_WithMsBuildLines()
    {
        using var folder = new TempFolder();
        folder.Write("data/bad.lbx.json", TestManifests.Bad);
        var result = Lbx.Run(folder.Path, "validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "data/bad.lbx.json(2,16): error LBX0102: " + HttpsMessage,
                "data/bad.lbx.json(3,16): warning LBX0104: " + ExtensionMessage,
                "1 error, 1 warning in 1 file",
            },
            result.Lines);
    }

    [Fact]
    public void Warnings_DoNotFail_UnlessWarnAsError()
    {
        using var folder = new TempFolder();
        folder.Write("w.lbx.json", TestManifests.WarningOnly);
        Assert.Equal(0, Lbx.Run(folder.Path, "validate").ExitCode);

        var strict = Lbx.Run(folder.Path, "validate", "--warnaserror");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal("w.lbx.json(2,16): error LBX0104: " + ExtensionMessage, Assert.Single(strict.Diagnostics));
    }

    [Fact]
    public void Glob_ReadsOnlyTheMatchingManifests()
    {
        using var folder = new TempFolder();
        folder.Write("data/x/a.lbx.json", TestManifests.Rows("a"));
        folder.Write("data/y/deep/b.lbx.json", TestManifests.Rows("b"));
        folder.Write("other/bad.lbx.json", TestManifests.Bad);
        folder.Write("data/notes.json", "not a manifest");

        var result = Lbx.Run(folder.Path, "validate", "data/**/*.lbx.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 errors, 0 warnings in 2 files", Assert.Single(result.Lines));
    }

    [Fact]
    public void Folder_IsSearchedRecursively_SkippingBuildOutputAndHiddenFolders()
    {
        using var folder = new TempFolder();
        folder.Write("data/deep/er/a.lbx.json", TestManifests.Bad);
        folder.Write("data/bin/Debug/copy.lbx.json", TestManifests.Bad);
        folder.Write("data/obj/copy.lbx.json", TestManifests.Bad);
        folder.Write("data/.git/copy.lbx.json", TestManifests.Bad);

        var result = Lbx.Run(folder.Path, "validate", "data");

        Assert.Equal(new[] { "data/deep/er/a.lbx.json(2,16): error LBX0102: " + HttpsMessage, "data/deep/er/a.lbx.json(3,16): warning LBX0104: " + ExtensionMessage }, result.Diagnostics);
    }

    [Fact]
    public void NearestSchema_DeclaresTheFields_AndIsValidatedToo()
    {
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", "{\"fields\": [{\"name\": \"tag\", \"kind\": \"string\"}]}");
        folder.Write("cameras/labelbox.metadata.json", TestManifests.CameraSchema);
        folder.Write("cameras/2026/uses.lbx.json", TestManifests.UsesCamera);
        folder.Write("elsewhere/uses.lbx.json", TestManifests.UsesCamera.Replace("\"c\"", "\"d\"", System.StringComparison.Ordinal));

        var result = Lbx.Run(folder.Path, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Collection(
            result.Diagnostics,
            l => Assert.StartsWith("elsewhere/uses.lbx.json(2,93): error LBX0402: There is no metadata field named 'camera'", l, System.StringComparison.Ordinal),
            l => Assert.StartsWith("labelbox.metadata.json(1,22): error LBX0602: Metadata field 'tag'", l, System.StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaAboveTheWorkingDirectory_IsNotUsed()
    {
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", TestManifests.CameraSchema);
        folder.Write("work/uses.lbx.json", TestManifests.UsesCamera);

        var result = Lbx.Run(Path.Combine(folder.Path, "work"), "validate");

        Assert.Contains("error LBX0402", Assert.Single(result.Diagnostics), System.StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeysAcrossFiles_PointAtTheFirstFile()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", TestManifests.Rows("one", "two"));
        folder.Write("b.lbx.json", TestManifests.Rows("three", "TWO"));

        var result = Lbx.Run(folder.Path, "validate", "a.lbx.json", "b.lbx.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "b.lbx.json(3,61): error LBX0201: global_key 'TWO' is already used by the row at a.lbx.json(3,61); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
            Assert.Single(result.Diagnostics));
    }

    [Fact]
    public void AFileNamedTwice_IsReadOnce()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", TestManifests.Rows("one"));
        var result = Lbx.Run(folder.Path, "validate", "a.lbx.json", ".", "*.lbx.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }
}
