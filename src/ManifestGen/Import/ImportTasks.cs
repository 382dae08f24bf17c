using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using ManifestGen.Journal;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Import;

/// <summary>
/// The import's Labelbox tasks: each requested over its uploaded chunks, recorded before and after the request, and read back
/// (polled, its twins reconciled, its failed rows listed) while the next is built. One task runs at Labelbox at a time.
/// </summary>
internal sealed class ImportTasks
{
    private readonly LabelboxClient _client;
    private readonly ImportJournal? _journal;
    private readonly ImportTally _tally;
    private readonly TwinTaskReconciler _twins;
    private readonly SyncDecisions? _sync;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private PendingTask? _running;

    public ImportTasks(LabelboxClient client, ImportJournal? journal, ImportTally tally, TwinTaskReconciler twins, SyncDecisions? sync, int nextTask, ILogger logger,
        CancellationToken cancellationToken)
    {
        _sync = sync;
        _client = client;
        _journal = journal;
        _tally = tally;
        _twins = twins;
        _logger = logger;
        _cancellationToken = cancellationToken;
        Next = nextTask;
    }

    /// <summary>The number of the task being built.</summary>
    public int Next { get; private set; }

    /// <summary>Starts the task being built, then reads back the one started before it.</summary>
    /// <param name="chunkUrls">Its uploaded chunks, in order.</param>
    /// <param name="rows">The rows they hold.</param>
    /// <param name="firstRow">The input index its rows start at.</param>
    /// <param name="endRow">One past the input index of its last row (invalid rows included).</param>
    /// <param name="lastRow">The index of its last row and that row, which a resumed run checks its input against.</param>
    /// <param name="upserts">How many of its rows a sync sent as updates.</param>
    public async Task StartAsync(IReadOnlyList<string> chunkUrls, long rows, long firstRow, long endRow, (long Index, DataRowSpec Row) lastRow, long upserts)
    {
        byte[] manifest = ManifestFile.Create(rows, chunkUrls);
        string manifestUri = await _client.UploadBytesAsync(manifest, "manifest.json", ContentTypes.Json, _cancellationToken).ConfigureAwait(false);
        _tally.Uploaded(manifest.Length);
        // Recorded first: a run that dies before the answer leaves a lost request, and the service may have started a task over these rows.
        await _journal.RecordAsync(new TaskRequested(Next, firstRow, endRow, rows, manifestUri), _cancellationToken).ConfigureAwait(false);
        UpsertAnswer answer = await _client.UpsertDataRowsAsync(manifestUri, _cancellationToken).ConfigureAwait(false);
        List<TwinTask>? twins = await _twins.FindAsync(answer, DateTimeOffset.UtcNow, firstRow, rows, _tally.TaskIds).ConfigureAwait(false);

        string taskId = answer.Task.Id;
        await _journal.RecordAsync(new TaskStarted(Next, firstRow, endRow, rows, taskId, manifestUri, lastRow.Index, CoveredRows.RowId(lastRow.Row), twins,
            _sync != null ? upserts : null), _cancellationToken).ConfigureAwait(false);
        Log.TaskStarted(_logger, taskId, (int)rows);
        _tally.TaskStarted(taskId);

        PendingTask? previous = _running;
        _running = new PendingTask(Next, taskId, rows, twins, upserts);
        Next++;
        _tally.Report();
        if (previous != null)
        {
            await FinishAsync(previous).ConfigureAwait(false);
        }
    }

    /// <summary>Reads back the task still running, if any.</summary>
    public async Task FinishRunningAsync()
    {
        if (_running is { } last)
        {
            _running = null;
            await FinishAsync(last).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for a task and takes in its outcome: the rows it does not list as failed are imported, if it completed.</summary>
    public async Task FinishAsync(PendingTask pending)
    {
        LabelboxTask task = await _client.WaitForTaskAsync(pending.TaskId, _cancellationToken).ConfigureAwait(false);
        HashSet<string> twinStored = await _twins.ReadTwinsAsync(pending).ConfigureAwait(false);
        var failures = new List<ImportFailure>();
        long listed = 0;
        await foreach (FailedDataRow row in _client.GetFailedDataRowsAsync(pending.TaskId, _cancellationToken).ConfigureAwait(false))
        {
            listed++;
            if (!_twins.StoredByTwin(row, twinStored))
            {
                failures.Add(new ImportFailure(ImportFailureKind.Rejected, row.Message, row.GlobalKey, row.ExternalId, row.RowData, null, pending.TaskId));
            }
        }

        long failed = failures.Count;
        // Only COMPLETE vouches for the rows it does not list as failed; FAILED, or a status the protocol does not
        // name, leaves them unconfirmed, and they are reported rather than counted as imported.
        if (task.Status != LabelboxTask.Complete && pending.Rows > listed)
        {
            long unlisted = pending.Rows - listed;
            failed += unlisted;
            failures.Add(new ImportFailure(ImportFailureKind.TaskFailed,
                "Labelbox task " + pending.TaskId + " " + (task.Status == LabelboxTask.Failed ? "FAILED" : "ended with status '" + task.Status + "'")
                    + (task.Errors is { } e ? " (" + e + ")" : "") + "; " + unlisted + " of its rows were not imported.",
                null, null, null, null, pending.TaskId));
        }

        long imported = pending.Rows - failed;
        // The service lists failed rows by key, not by how they were sent: an update failed when its key is an upserted row's.
        long updated = _sync == null ? 0
            : Math.Clamp(pending.Upserts - failures.Count(f => f.Kind == ImportFailureKind.Rejected && _sync.IsUpsert(f.GlobalKey)), 0, imported);
        await _journal.RecordAsync(new TaskFinished(pending.Number, pending.TaskId, task.Status, imported, failed, failures, _sync != null ? updated : null), _cancellationToken)
            .ConfigureAwait(false);
        Log.TaskFinished(_logger, pending.TaskId, task.Status, (int)failed);
        _tally.TaskFinished(pending.Rows, imported, updated, failed, failures);
        _tally.Report();
    }
}
