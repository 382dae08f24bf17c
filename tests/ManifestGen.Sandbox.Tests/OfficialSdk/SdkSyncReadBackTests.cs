using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>The official SDK reads back what a sync wrote: the dataset's rows, and an updated row's external id, metadata and attachments.</summary>
public sealed class SdkSyncReadBackTests
{
    private const string SdkKey = "sandbox"; // the key the scripts' client sends

    [PythonSdkFact]
    public async Task The_sdk_reads_the_rows_a_sync_created_and_updated()
    {
        var fields = new SandboxOptions { ApiKey = SdkKey, CustomMetadataFields = { new SandboxMetadataField("camera", SandboxMetadataKind.String) } };
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: fields, apiKey: SdkKey);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("synced");
        DataRowSpec before = Row("r1") with { ExternalId = "old.jpg", Metadata = [Meta("split", "train")], Attachments = [Attachment.RawText("old note")] };
        await h.Client.ImportAsync([before, Row("r2")], new ImportOptions { DatasetId = dataset.Id });

        DataRowSpec after = before with
        {
            ExternalId = "new.jpg",
            Metadata = [Meta("split", "valid"), Meta("camera", "Canon")],
            Attachments = [Attachment.RawText("new note", name: "caption")],
        };
        ImportResult synced = await h.Client.ImportAsync([after, Row("r2"), Row("r3")], new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync });
        Assert.Equal((1L, 1L, 1L), (synced.Created, synced.Updated, synced.Unchanged));
        string id = h.Sandbox.State.FindByGlobalKey("r1")!.Id;

        JsonNode row = await PythonSdk.RunAsync("read_row.py", h.Sandbox, id, "r1");
        JsonNode rows = await PythonSdk.RunAsync("list_rows.py", h.Sandbox, dataset.Id, "new.jpg", id);

        Assert.Equal(("new.jpg", "https://example.com/sdk/r1.jpg", dataset.Id), ((string)row["external_id"]!, (string)row["row_data"]!, (string)row["dataset"]!));
        Assert.Equal(("RAW_TEXT", "new note", "caption"),
            Assert.Single(row["attachments"]!.AsArray().Select(a => ((string)a!["type"]!, (string)a["value"]!, (string)a["name"]!))));
        // The SDK's parser names an enum field after its option (see SdkReadBackTests): "valid" is the split the sync set.
        Assert.Equal(["camera Canon", "valid"],
            row["metadata"]!.AsArray().Select(m => (string)m!["name"]! + ((string)m["name"]! == "camera" ? " " + (string)m["value"]! : "")).Order(StringComparer.Ordinal));
        Assert.Equal(["r1", "r2", "r3"], rows["global_keys"]!.AsArray().Select(k => (string)k!).Order(StringComparer.Ordinal));
        Assert.Equal("r1", (string)Assert.Single(rows["filtered"]!.AsArray())!);
    }

    private static DataRowSpec Row(string key) => new("https://example.com/sdk/" + key + ".jpg") { GlobalKey = key };

    private static DataRowMetadata Meta(string name, string value) => new(null, name, MetadataValue.String(value));
}
