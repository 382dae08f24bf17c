using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// upsertDataRows reached Labelbox, but its answer was lost: the client's retry starts a second task over the
/// same chunks. The rows the first task stored come back from the second as "Duplicate global key" — they are
/// this import's own rows, in Labelbox once, and must count as imported, not failed.
/// </summary>
public sealed class TwinTaskTests
{
    [Fact]
    public async Task A_lost_upsert_answer_makes_a_twin_task_whose_duplicate_keys_count_as_imported()
    {
        var loseFirstUpsert = new LoseFirstAnswer("UpsertDataRows");
        await using ClientHarness h = await ClientHarness.StartAsync(handler: loseFirstUpsert);
        DataRowSpec[] rows = Enumerable.Range(0, 500).Select(i => new DataRowSpec("https://example.com/t/" + i + ".jpg") { GlobalKey = "twin-" + i }).ToArray();

        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetName = "twins" });

        Assert.Equal(1, loseFirstUpsert.Lost);
        Assert.Equal(2, h.Sandbox.State.Tasks.Count);
        Assert.Equal(500, h.Sandbox.State.RowCount(result.DatasetId));
        Assert.True(result.Failed == 0, string.Join("\n", result.Failures.Take(3)));
        Assert.Equal((500L, 500L), (result.Total, result.Imported));
    }

    [Fact]
    public async Task In_a_twin_task_a_key_the_import_repeats_still_fails_once()
    {
        var loseFirstUpsert = new LoseFirstAnswer("UpsertDataRows");
        await using ClientHarness h = await ClientHarness.StartAsync(handler: loseFirstUpsert);
        DataRowSpec[] rows = Enumerable.Range(0, 50).Select(i => new DataRowSpec("https://example.com/t/" + i + ".jpg") { GlobalKey = "pair-" + i })
            .Append(new DataRowSpec("https://example.com/t/again.jpg") { GlobalKey = "pair-7" })
            .ToArray();

        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetName = "twins" });

        Assert.Equal(1, loseFirstUpsert.Lost);
        Assert.Equal(50, h.Sandbox.State.RowCount(result.DatasetId));
        ImportFailure failure = Assert.Single(result.Failures);
        Assert.Equal(("pair-7", "Duplicate global key: 'pair-7'"), (failure.GlobalKey, failure.Message));
        Assert.Equal((51L, 50L, 1L), (result.Total, result.Imported, result.Failed));
    }

    [Fact]
    public async Task A_twin_is_found_behind_the_first_page_of_the_users_tasks()
    {
        var loseFirstUpsert = new LoseFirstAnswer("UpsertDataRows");
        await using ClientHarness h = await ClientHarness.StartAsync(handler: loseFirstUpsert);
        using (var sdk = new SdkClient(h.Sandbox, ClientHarness.ApiKey))
        {
            // The sandbox lists a user's tasks oldest first: with 150 before it, the twin is on the second page.
            for (int i = 0; i < 150; i++)
            {
                await sdk.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = "https://storage.example.com/none.json" });
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5)); // older than the twin search's window, so only the twin is read back
        DataRowSpec[] rows = Enumerable.Range(0, 100).Select(i => new DataRowSpec("https://example.com/t/" + i + ".jpg") { GlobalKey = "late-" + i }).ToArray();

        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetName = "twins" });

        Assert.Equal(1, loseFirstUpsert.Lost);
        Assert.Equal(152, h.Sandbox.State.Tasks.Count);
        Assert.True(result.Failed == 0, string.Join("\n", result.Failures.Take(3)));
        Assert.Equal((100L, 100L), (result.Total, result.Imported));
    }

    /// <summary>Sends the first request for an operation to the server, lets it be processed, then reports the connection lost.</summary>
    private sealed class LoseFirstAnswer(string operation) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _lost;

        public int Lost => _lost;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            bool match = request.Content is ByteArrayContent && !(request.Content is MultipartContent)
                && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains(operation, StringComparison.Ordinal);
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            if (match && Interlocked.CompareExchange(ref _lost, 1, 0) == 0)
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken); // the server has done the work
                response.Dispose();
                throw new HttpRequestException("The connection was reset before the response arrived (test).");
            }

            return response;
        }
    }
}
