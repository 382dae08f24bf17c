using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// The acceptance test: 100,000 rows into the sandbox through ~20% injected faults of every kind, cancelled
/// mid-run and resumed from the journal — and the dataset ends with exactly 100,000 rows, each key once.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int RowCount = 100_000;
    private const int RowsPerTask = 10_000;
    private const int ChunkBytes = 250_000;

    private static IEnumerable<DataRowSpec> Rows()
    {
        for (int i = 0; i < RowCount; i++)
        {
            yield return new DataRowSpec("https://example.com/soak/" + i + ".jpg") { GlobalKey = "soak-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) };
        }
    }

    [Fact]
    public async Task Hundred_thousand_rows_through_faults_a_cancellation_and_a_resume_arrive_exactly_once()
    {
        var uploads = new UploadSizeRecorder();
        await using ClientHarness h = await ClientHarness.StartAsync(
            o =>
            {
                o.MaxChunkBytes = ChunkBytes;
                o.MaxRowsPerTask = RowsPerTask;
                o.RequestTimeout = TimeSpan.FromSeconds(20);
                o.Retry.MaxAttempts = 12;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
                o.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
                o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(2); // the sandbox's Retry-After: 1 is honoured, a longer one is capped
                o.Retry.TotalBudget = TimeSpan.FromSeconds(30);
            },
            handler: uploads);
        // createDataset is not idempotent (a lost response would make a second one), so it comes before the faults.
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("soak");
        SandboxFaults faults = h.Sandbox.Faults;
        faults.Reseed(20_260_101);
        faults.ServerErrorRate = 0.05;
        faults.RateLimitRate = 0.03;
        faults.RetryAfterSeconds = 1;
        faults.DropConnectionRate = 0.04;
        faults.LostResponseRate = 0.04;
        faults.DelayRate = 0.05;
        faults.SetDelayRange(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(50));

        string journal = Path.Combine(h.Folder, "soak.journal");
        var clock = Stopwatch.StartNew();

        // First run: cancelled as soon as a task has started at Labelbox.
        using var cancel = new CancellationTokenSource();
        var firstProgress = new CancelWhen(p => p.TasksStarted >= 1, cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            h.Client.ImportAsync(Rows(), new ImportOptions { DatasetId = dataset.Id, JournalPath = journal, Progress = firstProgress }, cancel.Token));
        int storedAtCancel = h.Sandbox.State.RowCount(dataset.Id);
        output.WriteLine("cancelled after " + clock.Elapsed + " at " + firstProgress.Last + "; sandbox held " + storedAtCancel + " rows");
        Assert.True(storedAtCancel < RowCount, "the cancellation came too late to test a resume");

        // Second run: the same rows and journal resume the import.
        ImportResult result = await h.Client.ImportAsync(Rows(), new ImportOptions { DatasetId = dataset.Id, JournalPath = journal });
        clock.Stop();

        IReadOnlyList<SandboxDataRow> rows = h.Sandbox.State.DataRowsIn(dataset.Id);
        IReadOnlyList<SandboxTask> tasks = h.Sandbox.State.Tasks;
        output.WriteLine("runtime " + clock.Elapsed + "; " + result);
        output.WriteLine("faults injected: " + string.Join(", ", faults.Injected.Select(kv => kv.Key + "=" + kv.Value)));
        output.WriteLine("sandbox: " + rows.Count + " rows in the dataset, " + h.Sandbox.State.RowsStored + " stored, " + h.Sandbox.State.RowsFailed + " row failures, "
            + tasks.Count + " tasks [" + string.Join("; ", tasks.Select(t => t.Status + " " + t.SucceededRows + " ok/" + t.FailedRows + " failed")) + "]");
        output.WriteLine("uploads: " + uploads.UploadBytes.Count + ", largest " + uploads.UploadBytes.Max() + " bytes; requests " + string.Join(", ", h.Sandbox.State.RequestsByOperation.Select(kv => kv.Key + "=" + kv.Value)));
        output.WriteLine("first failures: " + string.Join(" | ", result.Failures.Take(5)));

        Assert.True(result.Resumed);
        Assert.Equal(RowCount, h.Sandbox.State.RowCount(dataset.Id));
        Assert.Equal(RowCount, rows.Select(r => r.GlobalKey).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Rows().Select(r => r.GlobalKey).Order(StringComparer.Ordinal), rows.Select(r => r.GlobalKey).Order(StringComparer.Ordinal));
        Assert.Equal((RowCount, 0L, 0L), (result.Total, result.Failed, result.SkippedInvalid));
        Assert.Equal(RowCount, result.Imported);

        // Every fault kind was actually met, and the limits held on the wire and at the service.
        foreach (SandboxFaultKind kind in Enum.GetValues<SandboxFaultKind>())
        {
            Assert.True(faults.InjectedCount(kind) > 0, kind + " was never injected");
        }

        Assert.All(tasks, t => Assert.True(t.SucceededRows + t.FailedRows <= RowsPerTask, "a task of " + (t.SucceededRows + t.FailedRows) + " rows"));
        Assert.All(tasks, t => Assert.True(t.SucceededRows + t.FailedRows <= SandboxOptions.DefaultMaxRowsPerTask));
        Assert.All(uploads.UploadBytes, b => Assert.True(b <= ChunkBytes, "an upload of " + b + " bytes"));
        Assert.True(tasks.Count >= (RowCount + RowsPerTask - 1) / RowsPerTask);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "took " + clock.Elapsed);

        // Nothing the import wrote down or said carries the API key.
        KeyScan.AssertAbsent(ClientHarness.ApiKey, h.Logger, File.ReadAllText(journal));
    }

    private sealed class CancelWhen(Func<ImportProgress, bool> condition, CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public ImportProgress Last { get; private set; }

        public void Report(ImportProgress value)
        {
            Last = value;
            if (condition(value))
            {
                cancel.Cancel();
            }
        }
    }
}
