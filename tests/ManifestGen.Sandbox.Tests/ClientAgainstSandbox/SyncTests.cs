using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Journal;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// <see cref="ImportMode.Sync"/> against the sandbox over HTTP: only new and changed rows are sent, unchanged ones counted,
/// conflicts reported and not sent; a second sync sends nothing; a sync cancelled mid-way resumes from its recorded plan.
/// </summary>
public sealed class SyncTests
{
    [Fact]
    public async Task A_sync_creates_new_rows_updates_changed_ones_and_sends_neither_unchanged_rows_nor_conflicts()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("sync");
        LabelboxDataset other = await h.Client.CreateDatasetAsync("other");
        await h.Client.ImportAsync([Row("same"), Row("stale") with { ExternalId = "old.jpg" }], new ImportOptions { DatasetId = dataset.Id });
        await h.Client.ImportAsync([Row("theirs")], new ImportOptions { DatasetId = other.Id });
        long created = h.Sandbox.State.RowsCreated, updated = h.Sandbox.State.RowsUpdated;

        ImportResult result = await h.Client.ImportAsync(
            [Row("same"), Row("stale") with { ExternalId = "new.jpg" }, Row("theirs"), Row("fresh")],
            new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync });

        Assert.Equal((4L, 2L, 1L, 1L, 1L, 1L, 0L), (result.Total, result.Imported, result.Created, result.Updated, result.Unchanged, result.Failed, result.SkippedInvalid));
        Assert.Equal((created + 1, updated + 1), (h.Sandbox.State.RowsCreated, h.Sandbox.State.RowsUpdated));
        Assert.Equal("new.jpg", h.Sandbox.State.FindByGlobalKey("stale")!.ExternalId);
        Assert.Equal(dataset.Id, h.Sandbox.State.FindByGlobalKey("fresh")!.DatasetId);
        Assert.Equal(other.Id, h.Sandbox.State.FindByGlobalKey("theirs")!.DatasetId); // an upsert by key would have moved it
        ImportFailure conflict = Assert.Single(result.Failures);
        Assert.Equal((ImportFailureKind.Conflict, "theirs", 2L), (conflict.Kind, conflict.GlobalKey, conflict.RowIndex));
        Assert.Contains("Dataset " + other.Id + " holds global key 'theirs'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("Synced " + dataset.Id + ": 1 created, 1 updated, 1 unchanged, 1 failed, 0 invalid, in 1 task(s)", result.ToString());
    }

    [Fact]
    public async Task A_second_sync_right_after_the_first_sends_nothing_and_says_so()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("twice");
        DataRowSpec[] rows = [Row("a") with { Metadata = [new DataRowMetadata(null, "split", MetadataValue.String("train"))] }, Row("b"), Row("c")];
        ImportResult first = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync });
        Assert.Equal((3L, 3L, 0L), (first.Created, first.Imported, first.Unchanged));
        var progress = new List<ImportProgress>();
        (long uploads, long upserts) = (h.Sandbox.State.Requests("UploadFile"), h.Sandbox.State.Requests("UpsertDataRowsPyApi"));

        ImportResult second = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, Progress = new Recorder(progress) });

        Assert.Equal((uploads, upserts), (h.Sandbox.State.Requests("UploadFile"), h.Sandbox.State.Requests("UpsertDataRowsPyApi")));
        Assert.Equal((3L, 0L, 0L, 0L), (second.Unchanged, second.Imported, second.Failed, (long)second.TaskIds.Count));
        Assert.Equal("Nothing to send: 3 rows unchanged in " + dataset.Id + ", 0 failed, 0 invalid, in 0 task(s)", second.ToString());
        Assert.Equal(3, progress[^1].RowsUnchanged);
    }

    [Fact]
    public async Task A_sync_needs_an_existing_dataset_by_id()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Client.ImportAsync([Row("a")], new ImportOptions { DatasetName = "by name", Mode = ImportMode.Sync }));
        Assert.Contains("ImportMode.Sync", e.Message, StringComparison.Ordinal);
        Assert.Contains("DatasetId", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Sandbox.State.Requests("CreateDatasetPyApi"));
    }

    [Fact]
    public async Task A_sync_cancelled_after_its_first_task_resumes_from_its_plan_and_stores_every_row_once()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(o => o.MaxRowsPerTask = 5);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("resumed sync");
        // Stored before: 10 rows to update and 10 to leave; the other 10 are new. Interleaved, so tasks mix creates and updates.
        await h.Client.ImportAsync(Enumerable.Range(0, 30).Where(i => i % 3 != 2).Select(i => Row("r" + i) with { ExternalId = "v1" }), new ImportOptions { DatasetId = dataset.Id });
        DataRowSpec[] rows = Enumerable.Range(0, 30).Select(i => Row("r" + i) with { ExternalId = i % 3 == 0 ? "v2" : "v1" }).ToArray();
        long created = h.Sandbox.State.RowsCreated, updated = h.Sandbox.State.RowsUpdated;
        string journal = Path.Combine(h.Folder, "sync.journal");

        using var cancel = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.ImportAsync(rows,
            new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, JournalPath = journal, Progress = new CancelAfterFirstTask(cancel) }, cancel.Token));
        Assert.True(h.Sandbox.State.RowsCreated + h.Sandbox.State.RowsUpdated - created - updated < 20, "the cancellation came too late to test a resume");
        long plans = h.Sandbox.State.Requests("DatasetDataRowsPyApi");

        ImportResult resumed = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, JournalPath = journal });

        Assert.Equal(plans, h.Sandbox.State.Requests("DatasetDataRowsPyApi")); // the plan was read from the journal, not made again
        Assert.Equal((created + 10, updated + 10), (h.Sandbox.State.RowsCreated, h.Sandbox.State.RowsUpdated));
        Assert.Equal(30, h.Sandbox.State.RowCount(dataset.Id));
        Assert.All(Enumerable.Range(0, 30).Where(i => i % 3 == 0), i => Assert.Equal("v2", h.Sandbox.State.FindByGlobalKey("r" + i)!.ExternalId));
        Assert.True(resumed.Resumed);
        Assert.Equal((30L, 10L, 10L, 10L, 0L), (resumed.Total, resumed.Created, resumed.Updated, resumed.Unchanged, resumed.Failed));
        Assert.Equal(4, resumed.TaskIds.Count); // 20 rows to send, 5 a task: the first run's task and the resumed run's three

        (long uploads, long upserts) = (h.Sandbox.State.Requests("UploadFile"), h.Sandbox.State.Requests("UpsertDataRowsPyApi"));
        ImportResult again = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, JournalPath = journal });
        Assert.True(again.AlreadyImported);
        Assert.Equal((uploads, upserts), (h.Sandbox.State.Requests("UploadFile"), h.Sandbox.State.Requests("UpsertDataRowsPyApi")));
        Assert.Equal((10L, 10L, 10L), (again.Created, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task A_sync_journal_is_refused_for_another_mode_or_other_rows()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("refused");
        string journal = Path.Combine(h.Folder, "sync.journal");
        DataRowSpec[] rows = [Row("a"), Row("b")];
        await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, JournalPath = journal });

        var mode = await Assert.ThrowsAsync<JournalRefusedException>(() => h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, JournalPath = journal }));
        Assert.Contains("mode Sync", mode.Message, StringComparison.Ordinal);
        var count = await Assert.ThrowsAsync<JournalRefusedException>(() =>
            h.Client.ImportAsync([.. rows, Row("c")], new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, JournalPath = journal }));
        Assert.Contains("planned over 2 rows, but this input has 3", count.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sync_with_prune_deletes_exactly_the_rows_no_input_names_once_and_never_again()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("pruned");
        LabelboxDataset other = await h.Client.CreateDatasetAsync("untouched");
        await h.Client.ImportAsync([Row("kept"), Row("gone-1"), new DataRowSpec("https://example.com/s/nokey.jpg")], new ImportOptions { DatasetId = dataset.Id });
        await h.Client.ImportAsync([Row("elsewhere")], new ImportOptions { DatasetId = other.Id });
        DataRowPlan plan = await h.Client.PlanAsync([Row("kept"), Row("new")], dataset.Id);
        string journal = Path.Combine(h.Folder, "prune.journal");

        ImportResult result = await h.Client.ImportAsync([Row("kept"), Row("new")],
            new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, Prune = true, JournalPath = journal });

        Assert.Equal(2, result.Pruned);
        Assert.Equal(["kept", "new"], h.Sandbox.State.DataRowsIn(dataset.Id).Select(r => r.GlobalKey!).Order(StringComparer.Ordinal));
        Assert.Equal(2, plan.NotInRows.Count);
        Assert.All(plan.NotInRows, r => Assert.Null(h.Sandbox.State.FindDataRow(r.Id)));
        Assert.Equal(1, h.Sandbox.State.RowCount(other.Id));
        Assert.EndsWith(", 2 rows pruned", result.ToString(), StringComparison.Ordinal);

        long deletes = h.Sandbox.State.Requests("deleteDataRowsPyApi");
        ImportResult again = await h.Client.ImportAsync([Row("kept"), Row("new")],
            new ImportOptions { DatasetId = dataset.Id, Mode = ImportMode.Sync, Prune = true, JournalPath = journal });
        Assert.True(again.AlreadyImported);
        Assert.Equal(2, again.Pruned);
        Assert.Equal(deletes, h.Sandbox.State.Requests("deleteDataRowsPyApi"));
    }

    [Fact]
    public async Task Prune_without_sync_is_an_argument_error()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("no prune");
        var e = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.ImportAsync([Row("a")], new ImportOptions { DatasetId = dataset.Id, Prune = true }));
        Assert.Contains("ImportMode.Sync", e.Message, StringComparison.Ordinal);
    }

    private static DataRowSpec Row(string key) => new("https://example.com/s/" + key + ".jpg") { GlobalKey = key };

    private sealed class Recorder(List<ImportProgress> seen) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => seen.Add(value);
    }

    private sealed class CancelAfterFirstTask(CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.TasksStarted >= 1)
            {
                cancel.Cancel();
            }
        }
    }
}
