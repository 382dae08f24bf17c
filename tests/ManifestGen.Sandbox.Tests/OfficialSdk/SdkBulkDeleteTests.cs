using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>The official SDK's <c>DataRow.bulk_delete</c> against the sandbox: the mutation as the SDK writes it deletes the rows it names and no other.</summary>
public sealed class SdkBulkDeleteTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture fixture;

    public SdkBulkDeleteTests(SandboxFixture fixture) => this.fixture = fixture;

    [PythonSdkFact]
    public async Task Bulk_delete_deletes_the_rows_it_names_with_their_attachments_and_frees_their_keys()
    {
        using var client = new SdkClient(fixture.Sandbox);
        string dataset = await client.CreateDatasetAsync("bulk delete");
        await client.ImportAsync(new JsonArray(new[] { "keep-1", "drop-1", "drop-2" }
            .Select(k => (JsonNode)SdkClient.Item(dataset, "https://example.com/" + k + ".jpg", k,
                extra: p => p["attachments"] = new JsonArray { new JsonObject { ["type"] = "RAW_TEXT", ["value"] = "note " + k } }))
            .ToArray()));
        string[] drop = new[] { "drop-1", "drop-2" }.Select(k => fixture.Sandbox.State.FindByGlobalKey(k)!.Id).ToArray();
        long deletes = fixture.Sandbox.State.Requests("deleteDataRowsPyApi");

        JsonNode report = await PythonSdk.RunAsync("bulk_delete.py", fixture.Sandbox, [dataset, .. drop]);

        Assert.Equal([true, true], report["gone"]!.AsArray().Select(g => (bool)g!));
        Assert.Equal("keep-1", (string)Assert.Single(report["left"]!.AsArray())!);
        Assert.Equal(deletes + 1, fixture.Sandbox.State.Requests("deleteDataRowsPyApi"));
        Assert.Null(fixture.Sandbox.State.FindByGlobalKey("drop-1"));
        Assert.Equal(1, fixture.Sandbox.State.RowCount(dataset));
    }
}
