using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>
/// What a user calls with the official SDK to check an import: a dataset's rows over every page, a row by id
/// and by global key with its attachments and metadata, and global keys resolved to ids.
/// Each test sets up its rows through the protocol directly (<see cref="SdkClient"/>): the SDK's own waits poll every 2 s.
/// </summary>
public sealed class SdkReadBackTests : IClassFixture<SandboxFixture>
{
    private const string Tag = "cko8s9r5v0001h2dk9elqdidh";
    private const string Split = "cko8sbczn0002h2dkdaxb5kal";
    private const string Train = "cko8sbscr0003h2dk04w86hof";

    private readonly SandboxFixture fixture;

    public SdkReadBackTests(SandboxFixture fixture) => this.fixture = fixture;

    [PythonSdkFact]
    public async Task Data_rows_lists_every_page_newest_first_from_a_row_id_and_by_external_id()
    {
        using var client = new SdkClient(fixture.Sandbox);
        // More rows than two of the SDK's 500-row pages.
        const int count = 1_100;
        string dataset = await client.CreateDatasetAsync("many rows");
        await client.ImportAsync(new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)SdkClient.Item(dataset, "https://example.com/" + i + ".jpg", "page-" + i, extra: p => p["external_id"] = "ext-" + i))
            .ToArray()));
        long pagesBefore = fixture.Sandbox.State.Requests("DatasetDataRowsPyApi");

        string[] stored = fixture.Sandbox.State.DataRowsIn(dataset).Select(r => r.Id).Reverse().ToArray();

        JsonNode report = await PythonSdk.RunAsync("list_rows.py", fixture.Sandbox, dataset, "ext-7", stored[600]);

        Assert.Equal(stored, report["ids"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(stored[600..], report["from_row"]!.AsArray().Select(id => (string)id!));
        Assert.Equal(Enumerable.Range(0, count).Reverse().Select(i => "page-" + i), report["global_keys"]!.AsArray().Select(k => (string)k!));
        Assert.Equal("page-7", (string)Assert.Single(report["filtered"]!.AsArray())!);
        Assert.Equal(count - 1, (int)report["others"]!);
        Assert.Equal(3 + 1 + 1 + 3, fixture.Sandbox.State.Requests("DatasetDataRowsPyApi") - pagesBefore);
    }

    [PythonSdkFact]
    public async Task Get_data_row_by_id_and_by_global_key_with_attachments_and_metadata()
    {
        using var client = new SdkClient(fixture.Sandbox);
        string dataset = await client.CreateDatasetAsync("one row");
        await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/cat.jpg", "Read-Me", extra: p =>
            {
                p["external_id"] = "cat.jpg";
                p["attachments"] = new JsonArray
                {
                    new JsonObject { ["type"] = "RAW_TEXT", ["value"] = "a cat", ["name"] = "caption" },
                    new JsonObject { ["type"] = "IMAGE_OVERLAY", ["value"] = "https://example.com/mask.png" },
                };
                p["metadata_fields"] = new JsonArray
                {
                    new JsonObject { ["schemaId"] = Tag, ["value"] = "tabby" },
                    new JsonObject { ["schemaId"] = Split, ["value"] = new JsonObject() },
                    new JsonObject { ["schemaId"] = Train, ["value"] = new JsonObject() },
                };
            }),
        });
        string id = fixture.Sandbox.State.FindByGlobalKey("Read-Me")!.Id;

        JsonNode report = await PythonSdk.RunAsync("read_row.py", fixture.Sandbox, id, "read-me");

        Assert.Equal(id, (string)report["id"]!);
        Assert.Equal("Read-Me", (string)report["global_key"]!);
        Assert.Equal("cat.jpg", (string)report["external_id"]!);
        Assert.Equal("https://example.com/cat.jpg", (string)report["row_data"]!);
        Assert.Equal(dataset, (string)report["dataset"]!);
        Assert.Equal(id, (string)report["by_key"]!["id"]!);
        JsonArray attachments = report["attachments"]!.AsArray();
        Assert.Equal(
            new[] { ("RAW_TEXT", "a cat", (string?)"caption"), ("IMAGE_OVERLAY", "https://example.com/mask.png", null) },
            attachments.Select(a => ((string)a!["type"]!, (string)a["value"]!, (string?)a["name"])));
        Assert.Equal(2, attachments.Select(a => (string)a!["id"]!).Distinct().Count());
        Assert.Equal(
            new[] { (Tag, "tag", "tabby", "CustomMetadataString"), (Split, "split", Train, "CustomMetadataEnum") },
            report["metadata_fields"]!.AsArray().Select(m => ((string)m!["schemaId"]!, (string)m["name"]!, (string)m["value"]!, (string)m["kind"]!)));
        // The SDK's parser names an enum field after its option: that is Labelbox's SDK, not the sandbox.
        Assert.Equal(
            new[] { (Tag, "tag", "tabby"), (Split, "train", Train) },
            report["metadata"]!.AsArray().Select(m => ((string)m!["schema_id"]!, (string)m["name"]!, (string)m["value"]!)));
    }

    [PythonSdkFact]
    public async Task Get_data_row_ids_for_global_keys_keeps_order_and_reports_unknown_keys()
    {
        using var client = new SdkClient(fixture.Sandbox);
        string dataset = await client.CreateDatasetAsync("keys");
        await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/1.jpg", "key-1"),
            SdkClient.Item(dataset, "https://example.com/2.jpg", "key-2"),
        });

        JsonNode report = await PythonSdk.RunAsync("global_keys.py", fixture.Sandbox, "key-2", "no-such-key", "KEY-1");

        Assert.Equal("PARTIAL SUCCESS", (string)report["status"]!);
        Assert.Equal(
            new[] { fixture.Sandbox.State.FindByGlobalKey("key-2")!.Id, "", fixture.Sandbox.State.FindByGlobalKey("key-1")!.Id },
            report["results"]!.AsArray().Select(r => (string)r!));
        JsonNode error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal(("no-such-key", "Data Row not found"), ((string)error["global_key"]!, (string)error["error"]!));
    }
}
