using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Client;

/// <summary>Paging through a task's failed rows ends, whatever cursors the service hands out, and shows no echoed key.</summary>
public sealed class PagingTests
{
    private static void Answer(ClientFactory factory, int items, string? after, string message = "Duplicate global key: 'k'")
    {
        var results = new JsonArray(Enumerable.Range(0, items)
            .Select(_ => (JsonNode)new JsonObject { ["message"] = message, ["spec"] = new JsonObject { ["globalKey"] = "k" } }).ToArray());
        var body = new JsonObject { ["data"] = new JsonObject { ["failedDataRowImports"] = new JsonObject { ["results"] = results, ["after"] = after, ["total"] = null } } };
        string text = body.ToJsonString();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => FakeLabelbox.Json(HttpStatusCode.OK, JsonNode.Parse(text)!)));
    }

    private static async Task<LabelboxRequestException> PagingFails(ClientFactory factory) =>
        await RequestFailures.ThrowsAsync(LabelboxErrorKind.UnexpectedResponse, async () =>
        {
            await foreach (FailedDataRow unused in factory.Create().GetFailedDataRowsAsync("task-9"))
            {
            }
        });

    [Fact]
    public async Task AnEmptyPageThatPointsOn_EndsInAClearException()
    {
        var factory = new ClientFactory();
        Answer(factory, 2, "p1");
        Answer(factory, 0, "p2");

        LabelboxRequestException e = await PagingFails(factory);

        Assert.Equal("Labelbox returned an empty page of data.failedDataRowImports for task task-9 that points on to the cursor 'p2'; paging would never end.", e.Message);
        Assert.Equal(2, factory.Fake.RequestCount);
    }

    [Fact]
    public async Task ACursorSeenBefore_EndsInAClearException()
    {
        var factory = new ClientFactory();
        Answer(factory, 1, "p1");
        Answer(factory, 1, "p2");
        Answer(factory, 1, "p1");

        LabelboxRequestException e = await PagingFails(factory);

        Assert.Equal("Labelbox returned the page cursor 'p1' twice for task task-9; paging would never end.", e.Message);
    }

    [Fact]
    public async Task NewCursorsWithoutEnd_StopPastTheRowsATaskCanHold()
    {
        var factory = new ClientFactory();
        for (int page = 0; page < 40; page++)
        {
            Answer(factory, 5000, "p" + page);
        }

        LabelboxRequestException e = await PagingFails(factory);

        Assert.Equal("Labelbox listed more than 150000 rows in data.failedDataRowImports for task task-9, more than a task can hold; paging stopped.", e.Message);
        Assert.Equal(31, factory.Fake.RequestCount);
    }

    [Fact]
    public async Task AFailedRowsMessageEchoingTheKey_ComesBackMasked()
    {
        var factory = new ClientFactory();
        Answer(factory, 1, null, "refused: " + FakeLabelbox.ApiKey);

        FailedDataRow row = Assert.Single(await factory.Create().GetFailedDataRowsAsync("task-9").ToListAsync());

        Assert.Equal("refused: ***", row.Message);
    }
}
