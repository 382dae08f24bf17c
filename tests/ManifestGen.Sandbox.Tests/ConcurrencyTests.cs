using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_tasks_with_the_same_keys_store_each_key_once()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        JsonArray Rows() => new(Enumerable.Range(0, 2000)
            .Select(i => (JsonNode)SdkClient.Item(dataset, "https://example.com/" + i + ".jpg", "gk-" + i.ToString(CultureInfo.InvariantCulture)))
            .ToArray());

        var clock = Stopwatch.StartNew();
        JsonNode[] tasks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.ImportAsync(Rows())));
        Assert.All(tasks, t => Assert.Equal("COMPLETE", (string)t["status"]!));

        Assert.Equal(2000, sandbox.State.RowsStored);
        Assert.Equal(2000, sandbox.State.RowCount(dataset));
        Assert.Equal(3 * 2000, sandbox.State.RowsFailed);
        int failed = 0;
        foreach (JsonNode task in tasks)
        {
            failed += (await client.FailedRowsAsync((string)task["id"]!)).Count(f => ((string)f["message"]!).StartsWith("Duplicate global key: 'gk-", System.StringComparison.Ordinal));
        }

        Assert.Equal(3 * 2000, failed);
        Assert.True(clock.Elapsed < System.TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }
}
