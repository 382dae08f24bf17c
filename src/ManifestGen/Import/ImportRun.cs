using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Building;
using ManifestGen.Journal;
using ManifestGen.Json;
using ManifestGen.Rules.Urls;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Import;

/// <summary>
/// One import, as a sequence of steps: read what the journal recorded; read back the tasks earlier runs left running; stream
/// the input row by row — skip covered rows, validate, upload local files in batches (after the preflight), pack rows into
/// chunks, start a task per MaxRowsPerTask rows — then read back the last task and record the totals. Every step goes to the
/// journal, if there is one, so a later run of the same import skips what Labelbox already has (docs/import-resume.md).
/// A sync first reads every row and decides once what each needs (<see cref="SyncDecisions"/>): unchanged rows and conflicts
/// are counted and not sent, the others go as above, keyed to create or to update; with prune, the rows no input names are
/// deleted after the last task is read back.
/// </summary>
internal sealed class ImportRun : IAsyncDisposable
{
    private readonly LabelboxClient _client;
    private readonly LabelboxClientOptions _limits;
    private readonly ImportOptions _options;
    private readonly ILogger _logger;
    private readonly string _datasetId;
    private readonly ImportJournal? _journal;
    private readonly CancellationToken _cancellationToken;
    private readonly CoveredRows _covered;
    private readonly IReadOnlyList<PendingTask> _unfinished;
    private readonly ImportTally _tally;
    private readonly ChunkUploader _chunks;
    private readonly ImportTasks _tasks;
    private readonly RowValidation _validation;
    private readonly LocalFileBatch _localFiles;
    private readonly SyncDecisions? _sync;
    private readonly ImportFinished? _finishedEarlier;

    private readonly PooledBufferWriter _item = new();
    private readonly Utf8JsonWriter _itemWriter;

    private long _taskStart;
    private long _taskRows;
    private long _taskUpserts;
    private (long Index, DataRowSpec Row) _lastEmitted;

    private ImportRun(LabelboxClient client, LabelboxClientOptions limits, ImportOptions options, ILogger logger, string datasetId, string baseDirectory, ImportJournal? journal,
        ResumeState resumed, SyncDecisions? sync, ImportFinished? finishedEarlier, CancellationToken cancellationToken)
    {
        _sync = sync;
        _finishedEarlier = finishedEarlier;
        _client = client;
        _limits = limits;
        _options = options;
        _logger = logger;
        _datasetId = datasetId;
        _journal = journal;
        _cancellationToken = cancellationToken;
        _covered = resumed.Covered;
        _unfinished = resumed.Unfinished;
        _taskStart = resumed.Covered.End;
        _tally = new ImportTally(resumed, options.Progress);
        _chunks = new ChunkUploader(client, limits.MaxChunkBytes, resumed.NextChunk, journal, _tally, logger, cancellationToken);
        var twins = new TwinTaskReconciler(client, limits.Retry.TotalBudget, resumed.LostRequest, logger, cancellationToken);
        _tasks = new ImportTasks(client, journal, _tally, twins, sync, resumed.NextTask, logger, cancellationToken);
        _validation = new RowValidation(client, options.RowRulesHeld, cancellationToken);
        _localFiles = new LocalFileBatch(client, limits, baseDirectory, _tally, logger, cancellationToken);
        _itemWriter = new Utf8JsonWriter(_item, ImportJsonWriter.Options(indented: false));
    }

    public static async Task<ImportResult> RunAsync(LabelboxClient client, LabelboxClientOptions limits, ILogger logger, IAsyncEnumerable<InputRow> rows,
        string input, string? defaultDataset, string? defaultBaseDirectory, ImportOptions options, CancellationToken cancellationToken)
    {
        UnsendableText.ThrowIfAny(options.DatasetId, nameof(options.DatasetId)); // it goes into every row's payload
        UnsendableText.ThrowIfAny(options.DatasetName, nameof(options.DatasetName));
        UnsendableText.ThrowIfAny(options.DatasetDescription, nameof(options.DatasetDescription));
        ImportJournal? journal = options.JournalPath is { } path ? ImportJournal.Open(path) : null;
        try
        {
            ImportStarted? started = journal?.Records.OfType<ImportStarted>().FirstOrDefault();
            if (options.Prune && options.Mode != ImportMode.Sync)
            {
                throw new ArgumentException("ImportOptions.Prune deletes the rows a sync's plan finds no input row naming: set Mode to ImportMode.Sync.", nameof(options));
            }

            if (options.Mode == ImportMode.Sync && options.DatasetId == null && started == null)
            {
                // Checked before the journal records a start: a sync with nothing to compare with has not begun.
                throw new ArgumentException("ImportMode.Sync compares the rows with an existing dataset: set ImportOptions.DatasetId (a resume reads it from the journal).",
                    nameof(options));
            }

            string endpoint = limits.Endpoint.AbsoluteUri;
            string datasetId = await DatasetAsync(client, options, started, input, endpoint, defaultDataset, cancellationToken).ConfigureAwait(false);
            if (journal != null && started == null)
            {
                await journal.AppendAsync(new ImportStarted(input, datasetId, options.KeyMode.ToString(), endpoint, ModeName(options.Mode)), cancellationToken)
                    .ConfigureAwait(false);
            }

            ImportFinished? finishedEarlier = journal?.Records.OfType<ImportFinished>().FirstOrDefault();
            SyncDecisions? sync = null;
            if (options.Mode == ImportMode.Sync)
            {
                // A sync decides over every row before it sends one, so its rows are held: PlanAsync holds them too.
                List<InputRow> all = await ReadAllAsync(rows, cancellationToken).ConfigureAwait(false);
                sync = await SyncDecisions.DecideAsync(client, all, datasetId, options.Prune, journal, options.SyncDecided, cancellationToken).ConfigureAwait(false);
                rows = AsyncSequence.From(all);
            }

            ResumeState resumed = started != null ? ResumeState.Read(journal!.Records) : ResumeState.New;
            await using var run = new ImportRun(client, limits, options, logger, datasetId,
                options.BaseDirectory ?? defaultBaseDirectory ?? Directory.GetCurrentDirectory(), journal, resumed, sync, finishedEarlier, cancellationToken);
            journal = null; // the run owns it now
            Log.ImportStarted(logger, datasetId, started != null ? " (resuming from the journal)" : "");
            ImportResult result = await run.ExecuteAsync(rows, resumed: started != null).ConfigureAwait(false);
            return finishedEarlier != null ? result.FinishedEarlier(options.JournalPath!) : result;
        }
        finally
        {
            if (journal != null)
            {
                await journal.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The mode as the journal records it: null for the create mode, so that its journals read as before.</summary>
    private static string? ModeName(ImportMode mode) => mode == ImportMode.Create ? null : mode.ToString();

    private static async Task<List<InputRow>> ReadAllAsync(IAsyncEnumerable<InputRow> rows, CancellationToken cancellationToken)
    {
        var all = new List<InputRow>();
        await foreach (InputRow row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            all.Add(row);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await _itemWriter.DisposeAsync().ConfigureAwait(false);
        _item.Release();
        await _chunks.DisposeAsync().ConfigureAwait(false);
        if (_journal != null)
        {
            await _journal.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<string> DatasetAsync(LabelboxClient client, ImportOptions options, ImportStarted? started, string input, string endpoint, string? defaultDataset,
        CancellationToken cancellationToken)
    {
        if (started != null)
        {
            if (started.Endpoint != null && started.Endpoint != endpoint)
            {
                throw new JournalRefusedException("The journal " + options.JournalPath + " records an import into " + started.Endpoint + ", not " + endpoint
                    + "; resume it against the endpoint it records.");
            }

            if (started.Input != input || started.KeyMode != options.KeyMode.ToString() || started.Mode != ModeName(options.Mode))
            {
                throw new JournalRefusedException("The journal " + options.JournalPath + " records another import (" + started.Input + ", keys " + started.KeyMode
                    + ", mode " + (started.Mode ?? nameof(ImportMode.Create)) + "); use a new journal path, or the same input and options to resume it.");
            }

            if (options.DatasetId != null && options.DatasetId != started.DatasetId)
            {
                throw new JournalRefusedException("The journal " + options.JournalPath + " records dataset " + started.DatasetId + ", not " + options.DatasetId + "; use a new journal path.");
            }

            return started.DatasetId is { Length: > 0 } id ? id : throw new JournalRefusedException("The journal " + options.JournalPath + " has no dataset id; start a new journal.");
        }

        if (options.DatasetId != null)
        {
            return await TargetDataset.CheckAsync(client, options.DatasetId, cancellationToken).ConfigureAwait(false);
        }

        string name = options.DatasetName ?? defaultDataset
            ?? throw new ArgumentException("Set ImportOptions.DatasetId, or DatasetName to create a dataset.", nameof(options));
        return (await client.CreateDatasetAsync(name, options.DatasetDescription, cancellationToken).ConfigureAwait(false)).Id;
    }

    private async Task<ImportResult> ExecuteAsync(IAsyncEnumerable<InputRow> rows, bool resumed)
    {
        foreach (PendingTask task in _unfinished)
        {
            await _tasks.FinishAsync(task).ConfigureAwait(false);
        }

        long index = 0;
        await foreach (InputRow input in rows.WithCancellation(_cancellationToken).ConfigureAwait(false))
        {
            await TakeAsync(index++, input).ConfigureAwait(false);
        }

        _tally.Total = index;
        _covered.CheckLength(index, _options.JournalPath);
        await FlushLocalFilesAsync().ConfigureAwait(false);
        await CloseTaskAsync(index).ConfigureAwait(false);
        await _tasks.FinishRunningAsync().ConfigureAwait(false);
        if (_finishedEarlier != null)
        {
            _tally.Pruned = _finishedEarlier.Pruned ?? 0; // deleted by that run: never again
        }
        else if (_sync?.Prune is { Count: > 0 } prune)
        {
            // After the rows are stored, so that a sync stopped before then has deleted nothing.
            _tally.Pruned = await _client.DeleteDataRowsAsync(prune, _cancellationToken).ConfigureAwait(false);
        }

        await _journal.RecordAsync(new ImportFinished(_tally.Imported, _tally.Failed, _tally.Invalid, _sync != null && _options.Prune ? _tally.Pruned : null), _cancellationToken)
            .ConfigureAwait(false);
        _tally.Report();
        Log.ImportFinished(_logger, _tally.Imported, _tally.Failed, _tally.Invalid, _tally.Total);
        return _tally.ToResult(_datasetId, resumed, _options.Mode);
    }

    private async Task TakeAsync(long index, InputRow input)
    {
        _tally.Total = index + 1;
        switch (_sync?.Of(index))
        {
            case SyncDecision.Unchanged:
                _tally.AddUnchanged();
                return;
            case SyncDecision.Conflict:
                _tally.AddConflict(_sync.Conflict(index));
                return;
        }

        if (_covered.Covers(index))
        {
            // Sent in a task an earlier run started: Labelbox has it. Only its invalid verdict is carried over.
            if (_covered.Check(index, input.Row, _options.JournalPath) is { } invalid)
            {
                _tally.AddInvalid(invalid);
            }

            return;
        }

        if (input.Row is not { } row)
        {
            await InvalidAsync(index, null, input.Error ?? "The row is null.").ConfigureAwait(false);
            return;
        }

        List<DataRowProblem> errors = await _validation.ErrorsAsync(row).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            await InvalidAsync(index, row, string.Join("; ", errors.Select(e => e.ToString()))).ConfigureAwait(false);
            return;
        }

        if (UnsendableText.Find(row) is { } unsendable)
        {
            await InvalidAsync(index, row, unsendable).ConfigureAwait(false);
            return;
        }

        bool local = Locations.Check(row.RowData).Kind is LocationKind.LocalPath or LocationKind.HostWithoutScheme;
        if (!local && _localFiles.IsEmpty)
        {
            await EmitAsync(index, row, row.RowData, row.ExternalId).ConfigureAwait(false);
            return;
        }

        if (_localFiles.Add(index, row, local))
        {
            await FlushLocalFilesAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends the rows held behind local files, once their files are uploaded; a file the preflight refuses makes its row invalid.</summary>
    private async Task FlushLocalFilesAsync()
    {
        if (_localFiles.IsEmpty)
        {
            return;
        }

        foreach ((long index, DataRowSpec row, string rowData, string? externalId, string? error) in await _localFiles.UploadAsync().ConfigureAwait(false))
        {
            if (error != null)
            {
                await InvalidAsync(index, row, error).ConfigureAwait(false);
            }
            else
            {
                await EmitAsync(index, row, rowData, externalId).ConfigureAwait(false);
            }
        }
    }

    private async Task EmitAsync(long index, DataRowSpec row, string rowData, string? externalId)
    {
        _item.Clear();
        _itemWriter.Reset(_item);
        bool upsert = _sync?.Of(index) == SyncDecision.Upsert;
        RowKeyMode keyMode = _sync == null ? _options.KeyMode : upsert ? RowKeyMode.GlobalKey : RowKeyMode.Auto;
        UpsertItems.Write(_itemWriter, row, rowData, externalId, _datasetId, keyMode, _validation.Schema);
        _itemWriter.Flush();

        if (_taskRows == _limits.MaxRowsPerTask)
        {
            await CloseTaskAsync(index).ConfigureAwait(false);
        }

        await _chunks.AddAsync(_item.WrittenMemory, index, _tasks.Next).ConfigureAwait(false);
        _taskRows++;
        _taskUpserts += upsert ? 1 : 0;
        _lastEmitted = (index, row);
        _tally.Sent();
    }

    /// <summary>Starts a task over the rows emitted since the last, up to input index <paramref name="endRow"/>.</summary>
    private async Task CloseTaskAsync(long endRow)
    {
        if (_taskRows == 0)
        {
            return;
        }

        IReadOnlyList<string> chunkUrls = await _chunks.CompleteTaskAsync(_tasks.Next).ConfigureAwait(false);
        long rows = _taskRows;
        long upserts = _taskUpserts;
        long firstRow = _taskStart;
        _taskStart = endRow;
        _taskRows = 0;
        _taskUpserts = 0;
        await _tasks.StartAsync(chunkUrls, rows, firstRow, endRow, _lastEmitted, upserts).ConfigureAwait(false);
    }

    private async Task InvalidAsync(long index, DataRowSpec? row, string message)
    {
        var failure = new ImportFailure(ImportFailureKind.Invalid, message, row?.GlobalKey, row?.ExternalId, row?.RowData, index, null);
        _tally.AddInvalid(failure);
        await _journal.RecordAsync(new RowInvalid(index, new[] { failure }), _cancellationToken).ConfigureAwait(false);
    }
}
