using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>updateDataset(data: {deleted: true}), as dataset.delete() sends it: the rows go, their keys are free, order holds.</summary>
public sealed class DeleteDatasetTests
{
    [Fact]
    public async Task Deleting_a_dataset_removes_its_rows_frees_their_keys_and_keeps_the_others_in_order()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string doomed = await client.CreateDatasetAsync("doomed");
        string kept = await client.CreateDatasetAsync("kept");
        await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(kept, "https://example.com/k1.jpg", "k-1"),
            SdkClient.Item(doomed, "https://example.com/d1.jpg", "d-1"),
            SdkClient.Item(kept, "https://example.com/k2.jpg", "k-2"),
            SdkClient.Item(doomed, "https://example.com/d2.jpg", "d-2"),
        });

        JsonNode deleted = await client.ExecuteAsync(SdkClient.DeleteDatasetQuery, new { DatasetId = doomed });

        Assert.Equal(doomed, (string)deleted["updateDataset"]!["id"]!);
        Assert.Null(sandbox.State.FindDataset(doomed));
        Assert.Null(sandbox.State.FindByGlobalKey("d-1"));
        Assert.Equal(2, sandbox.State.RowsStored);
        // Rows written after the delete come after the older ones: the freed slots are not reused out of order.
        JsonNode task = await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(kept, "https://example.com/k3.jpg", "k-3"),
            SdkClient.Item(kept, "https://example.com/again.jpg", "D-1"),
        });
        Assert.Empty(await client.FailedRowsAsync((string)task["id"]!));
        Assert.Equal(new[] { "k-1", "k-2", "k-3", "D-1" }, sandbox.State.DataRowsIn(kept).Select(r => r.GlobalKey));
        Assert.Equal(new[] { kept }, sandbox.State.Datasets.Select(d => d.Id));

        (_, JsonNode again) = await client.PostAsync(SdkClient.DeleteDatasetQuery, new { DatasetId = doomed });
        Assert.Equal("RESOURCE_NOT_FOUND", (string)again["errors"]![0]!["extensions"]!["code"]!);
    }
}
