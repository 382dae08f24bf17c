using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>
/// The SDK's <c>DataRowMetadataOntology</c> changing the organization's fields (create_schema of every kind,
/// update_enum_option, an added option, update_schema, delete_schema), over HTTP, in a sandbox with a data folder
/// that keeps them across a restart.
/// </summary>
public sealed class SdkMetadataSchemaTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "lbx-schema-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [PythonSdkFact]
    public async Task Create_schema_of_every_kind_option_changes_rename_and_delete_are_served_and_kept_across_a_restart()
    {
        JsonNode report;
        await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder }))
        {
            report = await PythonSdk.RunAsync("metadata_schema.py", sandbox, "change");
        }

        JsonNode created = report["created"]!;
        Assert.Equal(("notes", "CustomMetadataString"), Describe(created["string"]!));
        Assert.Equal(("score", "CustomMetadataNumber"), Describe(created["number"]!));
        Assert.Equal(("shot_at", "CustomMetadataDateTime"), Describe(created["datetime"]!));
        JsonNode weather = created["enum"]!;
        Assert.Equal(("weather", "CustomMetadataEnum"), Describe(weather));
        Assert.Equal(new[] { "sunny", "rainy" }, Options(weather).Select(o => o.Name));
        Assert.All(Options(weather), o => Assert.Equal(25, o.Id.Length));
        Assert.Equal(25, ((string)weather["id"]!).Length);

        // A rename keeps the option's id; an added option gets one; every earlier option keeps its own.
        (string Id, string Name)[] before = Options(weather);
        Assert.Equal(new[] { (before[0].Id, "sunny"), (before[1].Id, "wet") }, Options(report["renamed_option"]!));
        (string Id, string Name)[] added = Options(report["added_option"]!);
        Assert.Equal(new[] { (before[0].Id, "sunny"), (before[1].Id, "wet") }, added[..2]);
        Assert.Equal("snowy", added[2].Name);
        Assert.DoesNotContain(added[2].Id, before.Select(o => o.Id));
        Assert.Equal(((string)created["number"]!["id"]!, "quality"), ((string)report["renamed_field"]!["id"]!, (string)report["renamed_field"]!["name"]!));
        Assert.True((bool)report["deleted"]!);

        JsonArray custom = report["custom"]!.AsArray();
        Assert.Equal(new[] { "notes", "quality", "shot_at", "weather" }, custom.Select(f => (string)f!["name"]!));
        Assert.Equal(new[] { "captureDateTime", "split", "tag" }, report["reserved"]!.AsArray().Select(n => (string)n!));

        JsonNode errors = report["errors"]!;
        Assert.Contains("A metadata schema named 'notes' already exists", (string)errors["same_name"]!, StringComparison.Ordinal);
        Assert.Contains("A metadata schema named 'tag' already exists", (string)errors["reserved_name"]!, StringComparison.Ordinal);
        Assert.Contains("The sandbox has no embedding metadata fields", (string)errors["embedding"]!, StringComparison.Ordinal);
        Assert.Contains("Only a CustomMetadataEnum schema has options; 'odd' is CustomMetadataString", (string)errors["options_on_string"]!, StringComparison.Ordinal);
        Assert.Contains("The kind of metadata schema 'notes' is CustomMetadataString; it cannot change to CustomMetadataNumber",
            (string)errors["kind_change"]!, StringComparison.Ordinal);

        await using (LabelboxSandbox restarted = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder }))
        {
            JsonNode after = await PythonSdk.RunAsync("metadata_schema.py", restarted, "read");
            Assert.Equal(custom.ToJsonString(), after["custom"]!.ToJsonString());
            Assert.Equal(new[] { "notes", "quality", "shot_at", "weather" }, restarted.State.CustomMetadataFieldNames);
        }
    }

    private static (string Name, string Kind) Describe(JsonNode field) => ((string)field["name"]!, (string)field["kind"]!);

    private static (string Id, string Name)[] Options(JsonNode field) =>
        field["options"]!.AsArray().Select(o => ((string)o!["id"]!, (string)o["name"]!)).ToArray();
}
