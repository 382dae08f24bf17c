using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// A run dies with its rows uploaded but no task recorded. On resume, a "Duplicate global key" is this import's own
/// row only if a task the dead run asked for stored it: a run that never asked, or a key the input repeats, still fails.
/// </summary>
public sealed class ResumeAfterLostRequestTests
{
    [Fact]
    public async Task A_run_that_died_waiting_for_upsertDataRows_resumes_with_its_rows_counted_once()
    {
        // The input repeats one key: the lost task stored it once and failed the copy, and so must the resumed import.
        DataRowSpec[] rows = Keys(50).Append(Row("lost-7", "again")).ToArray();
        var killer = new KillAt("UpsertDataRows", afterServerDidIt: true);
        await using ClientHarness h = await ClientHarness.StartAsync(handler: killer);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("lost");
        string journal = Path.Combine(h.Folder, "lost.journal");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, JournalPath = journal }, killer.Token));
        // The service started the task and stores the rows; the run never heard.
        Assert.Single(h.Sandbox.State.Tasks);
        for (int i = 0; i < 200 && h.Sandbox.State.RowCount(dataset.Id) < 50; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(50, h.Sandbox.State.RowCount(dataset.Id));

        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, JournalPath = journal });

        Assert.True(result.Resumed);
        Assert.Equal(2, h.Sandbox.State.Tasks.Count);
        Assert.Equal(50, h.Sandbox.State.RowCount(dataset.Id));
        ImportFailure failure = Assert.Single(result.Failures);
        Assert.Equal(("lost-7", "Duplicate global key: 'lost-7'"), (failure.GlobalKey, failure.Message));
        Assert.Equal((51L, 50L, 1L), (result.Total, result.Imported, result.Failed));
    }

    [Fact]
    public async Task A_run_that_died_before_asking_for_a_task_resumes_and_a_key_taken_elsewhere_still_fails()
    {
        // Small chunks, so the dead run uploads chunks holding "taken" before it would ask for a task.
        await using ClientHarness h = await ClientHarness.StartAsync(o => o.MaxChunkBytes = 2_000);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("taken");
        ImportResult other = await h.Client.ImportAsync(new[] { Row("taken", "elsewhere") }, new ImportOptions { DatasetId = dataset.Id });
        Assert.Equal(1L, other.Imported);

        DataRowSpec[] rows = Keys(40).Prepend(Row("taken", "mine")).ToArray();
        string journal = Path.Combine(h.Folder, "taken.journal");
        var killer = new KillAt("manifest.json", afterServerDidIt: false);
        using (var http = new HttpClient(killer))
        {
            var dying = new LabelboxClient(http, new LabelboxClientOptions
            {
                ApiKey = ClientHarness.ApiKey, Endpoint = h.Sandbox.GraphQLEndpoint, AllowInsecureLoopback = true, MaxChunkBytes = 2_000,
            });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                dying.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, JournalPath = journal }, killer.Token));
        }

        Assert.True(File.ReadLines(journal).Count(l => l.Contains("\"chunk\"", StringComparison.Ordinal)) >= 2);
        Assert.DoesNotContain(File.ReadLines(journal), l => l.Contains("taskRequested", StringComparison.Ordinal));
        Assert.Single(h.Sandbox.State.Tasks); // only the other import's

        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, JournalPath = journal });

        Assert.True(result.Resumed);
        ImportFailure failure = Assert.Single(result.Failures);
        Assert.Equal(("taken", "Duplicate global key: 'taken'"), (failure.GlobalKey, failure.Message));
        Assert.Equal((41L, 40L, 1L), (result.Total, result.Imported, result.Failed));
        Assert.Equal(41, h.Sandbox.State.RowCount(dataset.Id));
    }

    [Theory]
    [InlineData(0, 20)] // tasks of 20 rows: the rows the lost task stored shift by one, the last into the next task
    [InlineData(20, 150_000)] // one task: the resumed task has one row more than the lost one
    public async Task A_row_that_became_valid_before_the_resume_leaves_the_lost_tasks_rows_counted_as_imported(int fileAt, int rowsPerTask)
    {
        // Run 1: the local file is missing, so its row is invalid; the run dies waiting for the answer to its first
        // request. The user adds the file and resumes.
        var rows = Keys(20).ToList();
        rows.Insert(fileAt, new DataRowSpec("late.png") { GlobalKey = "late" });
        var killer = new KillAt("UpsertDataRows", afterServerDidIt: true);
        await using ClientHarness h = await ClientHarness.StartAsync(o => o.MaxRowsPerTask = rowsPerTask, handler: killer);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("late");
        string journal = Path.Combine(h.Folder, "late.journal");
        var options = new ImportOptions { DatasetId = dataset.Id, JournalPath = journal, BaseDirectory = h.Folder };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.ImportAsync(rows, options, killer.Token));
        await RowsStoredAsync(h, dataset.Id, 20);
        using (var png = new Image<Rgba32>(4, 3))
        {
            await png.SaveAsPngAsync(Path.Combine(h.Folder, "late.png"));
        }

        ImportResult result = await h.Client.ImportAsync(rows, options);

        Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures.Take(3)));
        Assert.Equal((21L, 21L), (result.Total, result.Imported));
        Assert.Equal(21, h.Sandbox.State.RowCount(dataset.Id));
    }

    [Fact]
    public async Task A_task_started_between_two_lost_requests_is_not_taken_for_their_twin()
    {
        // Two runs die sending upsertDataRows (never carried out), seconds apart. Between them the same rows go into
        // another dataset, in a task of the same size. The resumed run must not take that task's rows for its own.
        await using ClientHarness h = await ClientHarness.StartAsync(o => o.Retry.TotalBudget = TimeSpan.FromMilliseconds(500));
        LabelboxDataset mine = await h.Client.CreateDatasetAsync("mine");
        LabelboxDataset other = await h.Client.CreateDatasetAsync("other");
        DataRowSpec[] rows = Keys(10).ToArray();
        var options = new ImportOptions { DatasetId = mine.Id, JournalPath = Path.Combine(h.Folder, "twice.journal") };

        await DieSendingUpsertAsync(h, rows, options);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(10L, (await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = other.Id })).Imported);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await DieSendingUpsertAsync(h, rows, options);

        ImportResult result = await h.Client.ImportAsync(rows, options);

        Assert.Equal((10L, 0L, 10L), (result.Total, result.Imported, result.Failed));
        Assert.All(result.Failures, f => Assert.Equal("Duplicate global key: '" + f.GlobalKey + "'", f.Message));
        Assert.Equal(0, h.Sandbox.State.RowCount(mine.Id));
    }

    private static async Task DieSendingUpsertAsync(ClientHarness h, DataRowSpec[] rows, ImportOptions options)
    {
        var killer = new KillAt("UpsertDataRows", afterServerDidIt: false);
        using var http = new HttpClient(killer);
        var dying = new LabelboxClient(http, new LabelboxClientOptions { ApiKey = ClientHarness.ApiKey, Endpoint = h.Sandbox.GraphQLEndpoint, AllowInsecureLoopback = true });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.ImportAsync(rows, options, killer.Token));
    }

    private static async Task RowsStoredAsync(ClientHarness h, string datasetId, int rows)
    {
        for (int i = 0; i < 200 && h.Sandbox.State.RowCount(datasetId) < rows; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(rows, h.Sandbox.State.RowCount(datasetId));
    }

    private static DataRowSpec Row(string key, string image) => new("https://example.com/r/" + image + ".jpg") { GlobalKey = key };

    private static System.Collections.Generic.IEnumerable<DataRowSpec> Keys(int count) =>
        Enumerable.Range(0, count).Select(i => Row("lost-" + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Ends the run the first time a request carries <paramref name="marker"/>, as a killed process would: before
    /// sending it, or after the server has done the work and before the answer arrives.
    /// </summary>
    private sealed class KillAt(string marker, bool afterServerDidIt) : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly CancellationTokenSource _kill = new();

        public CancellationToken Token => _kill.Token;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            bool match = !_kill.IsCancellationRequested && request.Content != null
                && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains(marker, StringComparison.Ordinal);
            if (match && !afterServerDidIt)
            {
                await _kill.CancelAsync();
                throw new OperationCanceledException(_kill.Token);
            }

            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            if (match)
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                response.Dispose();
                await _kill.CancelAsync();
                throw new OperationCanceledException(_kill.Token);
            }

            return response;
        }
    }
}
