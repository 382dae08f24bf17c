using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx schema pull: the organisation's custom fields, with ids, in a file lbx validate accepts.</summary>
public class SchemaPullTests
{
    [Fact]
    public async Task CustomFields_AreWritten_WithIds_AndValidateClean()
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny", "rain")
        {
            SchemaId = "cweather00000000000000001",
            OptionSchemaIds = new Dictionary<string, string> { ["sunny"] = "csunny0000000000000000001", ["rain"] = "crain00000000000000000001" },
        });
        options.CustomMetadataFields.Add(new SandboxMetadataField("camera", SandboxMetadataKind.String) { SchemaId = "ccamera000000000000000001" });
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(options);
        using var folder = new TempFolder();

        var pull = Lbx.Run(sandbox.For(folder.Path), "schema", "pull", "--output", "data/labelbox.metadata.json");

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("2 custom fields", pull.Output, System.StringComparison.Ordinal);
        string expected = """
            {
              "$schema": "https://raw.githubusercontent.com/ManifestGen/ManifestGen/main/docs/schemas/labelbox-metadata.schema.json",
              "fields": [
                {
                  "name": "camera",
                  "kind": "string",
                  "schema_id": "ccamera000000000000000001"
                },
                {
                  "name": "weather",
                  "kind": "enum",
                  "schema_id": "cweather00000000000000001",
                  "options": [
                    {
                      "name": "sunny",
                      "schema_id": "csunny0000000000000000001"
                    },
                    {
                      "name": "rain",
                      "schema_id": "crain00000000000000000001"
                    }
                  ]
                }
              ]
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(folder.Path, "data", "labelbox.metadata.json")).ReplaceLineEndings("\n"));

        var validate = Lbx.Run(folder.Path, "validate", "data/labelbox.metadata.json");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("0 errors, 0 warnings in 1 file", Assert.Single(validate.Lines));
    }

    [Fact]
    public void WithoutKey_ExitsTwo()
    {
        using var folder = new TempFolder();
        var result = Lbx.Run(folder.Path, "schema", "pull");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("LABELBOX_API_KEY", result.Output, System.StringComparison.Ordinal);
    }
}
