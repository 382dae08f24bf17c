using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>
/// What a user calls with the official SDK to correct an import: upserts by key, finding and deleting a dataset.
/// Each test sets up its rows through the protocol directly (<see cref="SdkClient"/>): the SDK's own waits poll every 2 s.
/// </summary>
public sealed class SdkCorrectionTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture fixture;

    public SdkCorrectionTests(SandboxFixture fixture) => this.fixture = fixture;

    [PythonSdkFact]
    public async Task Upsert_data_rows_updates_by_global_key_and_unique_id_creates_without_key_and_fails_unknown_ids()
    {
        using var client = new SdkClient(fixture.Sandbox);
        string dataset = await client.CreateDatasetAsync("to fix");
        await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/1.jpg", "fix-1", extra: p =>
            {
                p["external_id"] = "one";
                p["attachments"] = new JsonArray { new JsonObject { ["type"] = "RAW_TEXT", ["value"] = "old note" } };
            }),
            SdkClient.Item(dataset, "https://example.com/2.jpg", "fix-2", extra: p => p["external_id"] = "two"),
        });
        string first = fixture.Sandbox.State.FindByGlobalKey("fix-1")!.Id;
        string second = fixture.Sandbox.State.FindByGlobalKey("fix-2")!.Id;

        JsonNode report = await PythonSdk.RunAsync("upsert_rows.py", fixture.Sandbox, dataset, first, second);

        Assert.Equal("COMPLETE", (string)report["status"]!);
        JsonNode failed = Assert.Single(report["failed"]!.AsArray())!;
        Assert.Equal("Data Row not found: 'c000000000000000000000000'", (string)failed["message"]!);
        Assert.Equal("nobody", (string)failed["failedDataRows"]![0]!["externalId"]!);
        JsonArray created = report["created"]!.AsArray();
        Assert.Equal(new[] { "by-id", "fixed", "fresh" }, created.Select(r => (string)r!["external_id"]!).Order());
        string fresh = (string)created.Single(r => (string)r!["external_id"]! == "fresh")!["id"]!;
        Assert.DoesNotContain(fresh, new[] { first, second });
        Assert.Equal(3, (int)report["row_count"]!);

        JsonNode byKey = report["by_key"]!;
        Assert.Equal(("fix-1", "fixed", "https://example.com/fixed.jpg"), ((string)byKey["global_key"]!, (string)byKey["external_id"]!, (string)byKey["row_data"]!));
        Assert.Equal("fixed tag", (string)Assert.Single(byKey["metadata_fields"]!.AsArray())!["value"]!);
        Assert.Equal(("TEXT_URL", "https://example.com/fixed.txt", "fixed"),
            Assert.Single(byKey["attachments"]!.AsArray()) is { } a ? ((string)a["type"]!, (string)a["value"]!, (string)a["name"]!) : default);

        // Only the fields given change; "metadata" (not metadata_fields) names its fields and the server resolves them.
        JsonNode byId = report["by_id"]!;
        Assert.Equal(("fix-2-renamed", "by-id", "https://example.com/2.jpg"), ((string)byId["global_key"]!, (string)byId["external_id"]!, (string)byId["row_data"]!));
        JsonNode split = Assert.Single(byId["metadata_fields"]!.AsArray())!;
        Assert.Equal(("split", "cko8sbscr0003h2dk04w86hof"), ((string)split["name"]!, (string)split["value"]!));
        Assert.Equal("by id", (string)Assert.Single(byId["attachments"]!.AsArray())!["value"]!);
        Assert.Null(fixture.Sandbox.State.FindByGlobalKey("fix-2"));
    }

    [PythonSdkFact]
    public async Task Get_datasets_by_name_get_dataset_and_delete_frees_the_rows_global_keys()
    {
        using var client = new SdkClient(fixture.Sandbox);
        string dataset = await client.CreateDatasetAsync("to delete");
        await client.ImportAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/d.jpg", "doomed-1") });
        string row = fixture.Sandbox.State.FindByGlobalKey("doomed-1")!.Id;

        JsonNode report = await PythonSdk.RunAsync("delete_dataset.py", fixture.Sandbox, "to delete", row, "doomed-1");

        Assert.Equal(dataset, (string)Assert.Single(report["before"]!["found"]!.AsArray())!);
        Assert.Equal("to delete", (string)report["before"]!["name"]!);
        Assert.Equal(1, (int)report["before"]!["row_count"]!);
        Assert.True((bool)report["dataset_gone"]!);
        Assert.Empty(report["found_after"]!.AsArray());
        string[] newerOthers = report["newer_others"]!.AsArray().Select(n => (string)n!).ToArray();
        Assert.Contains("to delete-again", newerOthers);
        Assert.DoesNotContain("to delete", newerOthers);
        Assert.True((bool)report["row_gone"]!);
        Assert.Equal("COMPLETE", (string)report["reimport"]!["status"]!);
        Assert.Null(report["reimport"]!["errors"]);
        Assert.Equal("doomed-1", (string)Assert.Single(report["reimport"]!["result"]!.AsArray())!["global_key"]!);
        Assert.Equal((string)report["again"]!, (string)report["key_now"]!);
        Assert.Null(fixture.Sandbox.State.FindDataset(dataset));
        Assert.Equal(0, fixture.Sandbox.State.RowCount(dataset));
    }
}
