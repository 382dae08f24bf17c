using System.IO;
using System.Text.Json;
using Json.Schema;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx init: starter files that validate clean, never overwritten by accident.</summary>
public class InitTests
{
    private const string PublishedSchemas = "https://raw.githubusercontent.com/ManifestGen/ManifestGen/main/docs/schemas/";

    [Fact]
    public void Init_ThenValidate_IsClean()
    {
        using var folder = new TempFolder();
        var init = Lbx.Run(folder.Path, "init");
        Assert.Equal(0, init.ExitCode);

        var validate = Lbx.Run(folder.Path, "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("0 errors, 0 warnings in 2 files", Assert.Single(validate.Lines));
    }

    [Fact]
    public void Starter_PointsAtThePublishedSchemas_AndPassesThem()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Lbx.Run(folder.Path, "init", "starter").ExitCode);
        foreach (var (file, schemaFile) in new[] { ("images.lbx.json", "lbx-manifest.schema.json"), ("labelbox.metadata.json", "labelbox-metadata.schema.json") })
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "starter", file)));
            Assert.Equal(PublishedSchemas + schemaFile, document.RootElement.GetProperty("$schema").GetString());
            string local = RepoPaths.Combine("docs", "schemas", schemaFile);
            Assert.True(File.Exists(local), local);
            var schema = JsonSchema.FromText(File.ReadAllText(local));
            Assert.True(schema.Evaluate(document.RootElement).IsValid, file + " does not pass " + schemaFile);
        }
    }

    [Fact]
    public void ExistingFiles_AreNotOverwritten_WithoutForce()
    {
        using var folder = new TempFolder();
        string mine = folder.Write("labelbox.metadata.json", "{\"fields\": []}");

        var refused = Lbx.Run(folder.Path, "init");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("labelbox.metadata.json already exists", refused.Output, System.StringComparison.Ordinal);
        Assert.Contains("--force", refused.Output, System.StringComparison.Ordinal);
        Assert.Equal("{\"fields\": []}", File.ReadAllText(mine));
        Assert.False(File.Exists(Path.Combine(folder.Path, "images.lbx.json")), "nothing is written when one file exists");

        Assert.Equal(0, Lbx.Run(folder.Path, "init", "--force").ExitCode);
        Assert.Contains("camera", File.ReadAllText(mine), System.StringComparison.Ordinal);
    }
}
