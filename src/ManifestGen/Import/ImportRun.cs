using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Building;
using ManifestGen.Client;
using ManifestGen.Journal;
using ManifestGen.Json;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Urls;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Import;

/// <summary>
/// One import: streams the input row by row — validate, upload local files in batches (after the
/// preflight), pack rows into chunks of at most MaxChunkBytes, start a task per MaxRowsPerTask rows —
/// then reads each task's failed rows. Every step goes to the journal, if there is one, so a later run
/// of the same import skips what Labelbox already has.
/// </summary>
internal sealed partial class ImportRun : IAsyncDisposable
{
    private readonly LabelboxClient _client;
    private readonly LabelboxClientOptions _limits;
    private readonly ImportOptions _options;
    private readonly ILogger _logger;
    private readonly string _datasetId;
    private readonly string _baseDirectory;
    private readonly ImportJournal? _journal;
    private readonly CancellationToken _cancellationToken;

    private ChunkBuffer _chunk;
    private ChunkBuffer? _spare; // null while its buffer is uploading
    private (Task<string> Url, ChunkBuffer Chunk, int Bytes)? _upload;
    private readonly PooledBufferWriter _item = new();
    private readonly Utf8JsonWriter _itemWriter;
    private readonly List<string> _chunkUrls = new();
    private readonly List<(long Index, DataRowSpec Row, bool Local)> _window = new();
    private readonly List<ImportFailure> _failures = new();
    private readonly List<string> _taskIds = new();
    private readonly Dictionary<long, ImportFailure> _journaledInvalid = new();
    private readonly Dictionary<long, string> _journaledLastRows = new();
    // Keys stored by tasks an earlier run asked for and never heard back about: a duplicate of one, in any task of
    // this run, is that row, once.
    private readonly HashSet<string> _earlierStored = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PendingTask> _unfinished = new();

    private long _coveredEnd;
    private LostRequest? _lostRequest;
    private long _total;
    private long _imported;
    private long _failed;
    private long _invalid;
    private long _sent;
    private long _acknowledged;
    private long _bytes;
    private int _tasksStarted;
    private int _tasksFinished;
    private int _taskNumber;
    private int _chunkNumber;
    private long _taskStart;
    private long _taskRows;
    private (long Index, DataRowSpec Row) _lastEmitted;
    private PendingTask? _running;
    private MetadataSchema? _schema;
    private RowChecker? _checker;
    private RowChecker? _reservedChecker;
    private bool _ontologyRefreshed;

    private ImportRun(LabelboxClient client, LabelboxClientOptions limits, ImportOptions options, ILogger logger, string datasetId, string baseDirectory, ImportJournal? journal, CancellationToken cancellationToken)
    {
        _client = client;
        _limits = limits;
        _options = options;
        _logger = logger;
        _datasetId = datasetId;
        _baseDirectory = baseDirectory;
        _journal = journal;
        _cancellationToken = cancellationToken;
        _chunk = new ChunkBuffer(limits.MaxChunkBytes);
        _spare = new ChunkBuffer(limits.MaxChunkBytes);
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
            string endpoint = limits.Endpoint.AbsoluteUri;
            string datasetId = await DatasetAsync(client, options, started, input, endpoint, defaultDataset, cancellationToken).ConfigureAwait(false);
            if (journal != null && started == null)
            {
                await journal.AppendAsync(new ImportStarted(input, datasetId, options.KeyMode.ToString(), endpoint),
                    cancellationToken).ConfigureAwait(false);
            }

            await using var run = new ImportRun(client, limits, options, logger, datasetId,
                options.BaseDirectory ?? defaultBaseDirectory ?? Directory.GetCurrentDirectory(), journal, cancellationToken);
            journal = null; // the run owns it now
            run.Replay(started != null);
            Log.ImportStarted(logger, datasetId, started != null ? " (resuming from the journal)" : "");
            return await run.ExecuteAsync(rows, started != null).ConfigureAwait(false);
        }
        finally
        {
            if (journal != null)
            {
                await journal.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _itemWriter.DisposeAsync().ConfigureAwait(false);
        _item.Release();
        if (_upload is { } upload)
        {
            // The upload in flight reads its buffer: let it end before the buffer goes back to the pool.
            await ((Task)upload.Url).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            upload.Chunk.Release();
        }

        _chunk.Release();
        _spare?.Release();
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
                throw new LabelboxException("The journal " + options.JournalPath + " records an import into " + started.Endpoint + ", not " + endpoint
                    + "; resume it against the endpoint it records.");
            }

            if (started.Input != input || started.KeyMode != options.KeyMode.ToString())
            {
                throw new LabelboxException("The journal " + options.JournalPath + " records another import (" + started.Input + ", keys " + started.KeyMode
                    + "); use a new journal path, or the same input and options to resume it.");
            }

            if (options.DatasetId != null && options.DatasetId != started.DatasetId)
            {
                throw new LabelboxException("The journal " + options.JournalPath + " records dataset " + started.DatasetId + ", not " + options.DatasetId + "; use a new journal path.");
            }

            return started.DatasetId is { Length: > 0 } id ? id : throw new LabelboxException("The journal " + options.JournalPath + " has no dataset id; start a new journal.");
        }

        if (options.DatasetId != null)
        {
            return options.DatasetId;
        }

        string name = options.DatasetName ?? defaultDataset
            ?? throw new ArgumentException("Set ImportOptions.DatasetId, or DatasetName to create a dataset.", nameof(options));
        return (await client.CreateDatasetAsync(name, options.DatasetDescription, cancellationToken).ConfigureAwait(false)).Id;
    }

    /// <summary>Takes in what earlier runs recorded: finished tasks count as done, started ones are polled again.</summary>
    private void Replay(bool resumed)
    {
        if (!resumed || _journal == null)
        {
            return;
        }

        var finished = new HashSet<int>();
        foreach (JournalRecord record in _journal.Records)
        {
            switch (record)
            {
                case ChunkUploaded chunk:
                    _chunkNumber = Math.Max(_chunkNumber, chunk.Index + 1);
                    break;
                case TaskRequested requested:
                    _lostRequest = LostRequest.Add(_lostRequest, requested);
                    break;
                case TaskStarted task:
                    _lostRequest = _lostRequest?.Task == task.Task ? null : _lostRequest;
                    _coveredEnd = Math.Max(_coveredEnd, task.EndRow);
                    _taskNumber = Math.Max(_taskNumber, task.Task + 1);
                    _taskIds.Add(task.TaskId);
                    _unfinished.Add(new PendingTask(task.Task, task.TaskId, task.Rows, task.Twins));
                    if (task.LastRow is { } lastRow && task.LastRowId is { } lastRowId)
                    {
                        _journaledLastRows[lastRow] = lastRowId;
                    }

                    _tasksStarted++;
                    break;
                case TaskFinished done:
                    finished.Add(done.Task);
                    _imported += done.Imported;
                    _failed += done.Failed;
                    _acknowledged += done.Imported + done.Failed;
                    _failures.AddRange(done.Failures ?? Array.Empty<ImportFailure>());
                    _tasksFinished++;
                    break;
                case RowInvalid invalid:
                    foreach (ImportFailure failure in invalid.Failures ?? Array.Empty<ImportFailure>())
                    {
                        _journaledInvalid[failure.RowIndex ?? -1] = failure;
                    }

                    break;
            }
        }

        _unfinished.RemoveAll(t => finished.Contains(t.Number));
        _taskStart = _coveredEnd;
    }

    private async Task<ImportResult> ExecuteAsync(IAsyncEnumerable<InputRow> rows, bool resumed)
    {
        foreach (PendingTask task in _unfinished)
        {
            await FinishTaskAsync(task).ConfigureAwait(false);
        }

        long index = 0;
        await foreach (InputRow input in rows.WithCancellation(_cancellationToken).ConfigureAwait(false))
        {
            await TakeAsync(index++, input).ConfigureAwait(false);
        }

        _total = index;
        if (index < _coveredEnd)
        {
            throw NotTheJournalsInput("records tasks over " + _coveredEnd + " rows, but this input has " + index);
        }

        await FlushWindowAsync().ConfigureAwait(false);
        await CloseTaskAsync(index).ConfigureAwait(false);
        if (_running is { } last)
        {
            _running = null;
            await FinishTaskAsync(last).ConfigureAwait(false);
        }

        await AppendAsync(new ImportFinished(_imported, _failed, _invalid)).ConfigureAwait(false);
        Report();
        Log.ImportFinished(_logger, _imported, _failed, _invalid, _total);
        return new ImportResult(_datasetId, _total, _imported, _failed, _invalid, _failures.OrderBy(f => f.RowIndex ?? long.MaxValue).ToArray(), _taskIds, resumed);
    }

    private async Task TakeAsync(long index, InputRow input)
    {
        _total = index + 1;
        if (index < _coveredEnd)
        {
            if (_journaledLastRows.TryGetValue(index, out string? recorded) && RowId(input.Row) is var now && now != recorded)
            {
                throw NotTheJournalsInput("recorded row " + index + " as '" + recorded + "', but this input's row " + index + " is '" + (now ?? "(none)") + "'");
            }

            // Sent in a task an earlier run started: Labelbox has it. Only its invalid verdict is carried over.
            if (_journaledInvalid.TryGetValue(index, out ImportFailure? invalid))
            {
                _failures.Add(invalid);
                _invalid++;
            }

            return;
        }

        if (input.Row is not { } row)
        {
            await InvalidAsync(index, null, input.Error ?? "The row is null.").ConfigureAwait(false);
            return;
        }

        List<DataRowProblem> errors = await ValidateAsync(row).ConfigureAwait(false);
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
        if (!local && _window.Count == 0)
        {
            await EmitAsync(index, row, row.RowData, row.ExternalId).ConfigureAwait(false);
            return;
        }

        // Rows wait behind a local file until its batch is uploaded, so they go out in input order.
        _window.Add((index, row, local));
        if (_window.Count >= _limits.MaxFilesPerBatch)
        {
            await FlushWindowAsync().ConfigureAwait(false);
        }
    }

    // A ValueTask: the ontology is read once, so nearly every call completes at once, and a Task per row is garbage.
    private async ValueTask<List<DataRowProblem>> ValidateAsync(DataRowSpec row)
    {
        RowChecker checker = row.Metadata.Count == 0
            ? _reservedChecker ??= new RowChecker(MetadataSchema.ReservedOnly)
            : _checker ??= new RowChecker(_schema ??= (await _client.GetMetadataOntologyAsync(false, _cancellationToken).ConfigureAwait(false)).Schema);
        List<DataRowProblem> problems = checker.Check(row);
        if (!_ontologyRefreshed && problems.Exists(p => p.Id == RuleCatalog.UnknownSchemaId.Id))
        {
            // An id the cached ontology lacks may be a field added since: read it once more, as the SDK does.
            _ontologyRefreshed = true;
            _schema = (await _client.GetMetadataOntologyAsync(true, _cancellationToken).ConfigureAwait(false)).Schema;
            _checker = new RowChecker(_schema);
            problems = _checker.Check(row);
        }

        problems.RemoveAll(p => p.Severity != ProblemSeverity.Error);
        return problems;
    }

    private async Task FlushWindowAsync()
    {
        if (_window.Count == 0)
        {
            return;
        }

        var paths = _window.Where(w => w.Local).Select(w => Path.GetFullPath(w.Row.RowData, _baseDirectory)).Distinct().ToList();
        var errors = new Dictionary<string, string>();
        foreach (PreflightProblem problem in await LocalFilePreflight.CheckAsync(paths, null, _cancellationToken).ConfigureAwait(false))
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                errors[problem.Path] = problem.Message;
            }
        }

        var urls = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(paths.Where(p => !errors.ContainsKey(p)),
            new ParallelOptions { MaxDegreeOfParallelism = _limits.UploadConcurrency, CancellationToken = _cancellationToken },
            async (path, ct) =>
            {
                urls[path] = await _client.UploadFileAsync(path, null, ct).ConfigureAwait(false);
                Interlocked.Add(ref _bytes, new FileInfo(path).Length);
            }).ConfigureAwait(false);
        Log.FilesUploaded(_logger, urls.Count);

        foreach ((long index, DataRowSpec row, bool local) in _window)
        {
            string? path = local ? Path.GetFullPath(row.RowData, _baseDirectory) : null;
            if (path != null && errors.TryGetValue(path, out string? error))
            {
                await InvalidAsync(index, row, error).ConfigureAwait(false);
            }
            else
            {
                // As the SDK does: a local file's external id defaults to its path.
                await EmitAsync(index, row, path != null ? urls[path] : row.RowData, path != null ? row.ExternalId ?? row.RowData : row.ExternalId).ConfigureAwait(false);
            }
        }

        _window.Clear();
    }

    private async Task EmitAsync(long index, DataRowSpec row, string rowData, string? externalId)
    {
        _item.Clear();
        _itemWriter.Reset(_item);
        UpsertItems.Write(_itemWriter, row, rowData, externalId, _datasetId, _options.KeyMode, _schema ?? MetadataSchema.ReservedOnly);
        _itemWriter.Flush();

        if (_taskRows == _limits.MaxRowsPerTask)
        {
            await CloseTaskAsync(index).ConfigureAwait(false);
        }

        if (!_chunk.Fits(_item.WrittenMemory.Length))
        {
            await StartUploadAsync().ConfigureAwait(false);
        }

        _chunk.Add(_item.WrittenMemory.Span, index);
        _taskRows++;
        _lastEmitted = (index, row);
        _sent++;
    }

    /// <summary>
    /// Starts uploading the full chunk and goes on filling the other buffer meanwhile. One upload at a time, each
    /// recorded when it ends, so chunk URLs and journal entries stay in row order.
    /// </summary>
    private async Task StartUploadAsync()
    {
        await FinishUploadAsync().ConfigureAwait(false);
        ChunkBuffer full = _chunk;
        _chunk = _spare!;
        _spare = null;
        ReadOnlyMemory<byte> bytes = full.Complete();
        _upload = (_client.UploadBytesAsync(bytes, "json_import.json", ContentTypes.Json, _cancellationToken), full, bytes.Length);
    }

    private async Task FinishUploadAsync()
    {
        if (_upload is not { } upload)
        {
            return;
        }

        (Task<string> pending, ChunkBuffer chunk, int length) = upload;
        string url = await pending.ConfigureAwait(false);
        _upload = null;
        _chunkUrls.Add(url);
        _bytes += length;
        await AppendAsync(new ChunkUploaded(_taskNumber, _chunkNumber, chunk.FirstRow, chunk.EndRow, chunk.Rows, length, url)).ConfigureAwait(false);
        Log.ChunkUploaded(_logger, _chunkNumber, chunk.Rows, length);
        _chunkNumber++;
        chunk.Clear();
        _spare = chunk;
        Report();
    }

    private async Task CloseTaskAsync(long endRow)
    {
        if (_taskRows == 0)
        {
            return;
        }

        if (_chunk.Rows > 0)
        {
            await StartUploadAsync().ConfigureAwait(false);
        }

        await FinishUploadAsync().ConfigureAwait(false);

        byte[] manifest = ManifestFile.Create(_taskRows, _chunkUrls);
        string manifestUri = await _client.UploadBytesAsync(manifest, "manifest.json", ContentTypes.Json, _cancellationToken).ConfigureAwait(false);
        _bytes += manifest.Length;
        // Recorded first: a run that dies before the answer leaves a task the service may have started over these rows.
        await AppendAsync(new TaskRequested(_taskNumber, _taskStart, endRow, _taskRows, manifestUri)).ConfigureAwait(false);
        (LabelboxTask task, bool mayHaveTwin, DateTimeOffset? createdAt, TimeSpan took) = await _client.UpsertDataRowsAsync(manifestUri, _cancellationToken).ConfigureAwait(false);
        DateTimeOffset answered = DateTimeOffset.UtcNow;
        List<TwinTask>? twins = createdAt is { } created ? await FindTwinsAsync(task.Id, created, answered, mayHaveTwin, took).ConfigureAwait(false) : null;

        await AppendAsync(new TaskStarted(_taskNumber, _taskStart, endRow, _taskRows, task.Id, manifestUri, _lastEmitted.Index, RowId(_lastEmitted.Row), twins))
            .ConfigureAwait(false);
        Log.TaskStarted(_logger, task.Id, (int)_taskRows);
        _taskIds.Add(task.Id);
        _tasksStarted++;

        PendingTask? previous = _running;
        _running = new PendingTask(_taskNumber, task.Id, _taskRows, twins);
        _taskNumber++;
        _taskStart = endRow;
        _taskRows = 0;
        _chunkUrls.Clear();
        Report();

        // One task runs at Labelbox while the next is built; the one before is read back now.
        if (previous != null)
        {
            await FinishTaskAsync(previous).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Tasks that may hold this task's rows already, started by requests whose answers never came: an earlier attempt
    /// of this call, or requests of earlier runs that died waiting for the answer. <paramref name="created"/> is when
    /// the service started <paramref name="taskId"/>, by its clock; <paramref name="answered"/> when we heard, by ours.
    /// </summary>
    private async Task<List<TwinTask>?> FindTwinsAsync(string taskId, DateTimeOffset created, DateTimeOffset answered, bool mayHaveTwin, TimeSpan took)
    {
        TimeSpan slack = TimeSpan.FromSeconds(1);
        var windows = new List<(DateTimeOffset Since, DateTimeOffset Until, long Rows, bool Earlier)>();
        if (mayHaveTwin)
        {
            // Created during this call, so no earlier than the call's length (plus slack) before ours.
            windows.Add((created - took - slack, DateTimeOffset.MaxValue, _taskRows, false));
        }

        if (_lostRequest is { } lost && lost.FirstRow == _taskStart)
        {
            // Each request an earlier run recorded for these rows ran from then to, at most, its retry budget later;
            // moved to the service's clock by how long before our answer it was. The row count is the request's own:
            // rows may have become valid or invalid since.
            foreach ((DateTimeOffset at, long rows) in lost.Requests)
            {
                DateTimeOffset since = created - (answered - at) - slack;
                windows.Add((since, since + _limits.Retry.TotalBudget + slack + slack, rows, true));
            }
        }

        _lostRequest = null;
        if (windows.Count == 0)
        {
            return null;
        }

        DateTimeOffset from = windows.Min(w => w.Since);
        DateTimeOffset to = windows.Max(w => w.Until);
        var twins = new List<TwinTask>();
        foreach ((string id, DateTimeOffset at) in await _client.FindTwinTasksAsync(taskId, from, to, _taskIds, _cancellationToken).ConfigureAwait(false))
        {
            // A candidate in no window is another import's task; in several, the first (this call's own) decides.
            int window = windows.FindIndex(w => at >= w.Since && at <= w.Until);
            if (window >= 0)
            {
                twins.Add(new TwinTask(id, windows[window].Rows, windows[window].Earlier));
            }
        }

        return twins.Count > 0 ? twins : null;
    }

    private async Task FinishTaskAsync(PendingTask pending)
    {
        LabelboxTask task = await _client.WaitForTaskAsync(pending.TaskId, _cancellationToken).ConfigureAwait(false);
        var failures = new List<ImportFailure>();
        long listed = 0;
        var twinStored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (TwinTask twin in pending.Twins ?? Array.Empty<TwinTask>())
        {
            // A candidate is taken for a twin only if it ran over as many rows as its request: another import's task
            // that happened to start in the same seconds (and may hold a key this task fails on) is left alone.
            await _client.WaitForTaskAsync(twin.Id, _cancellationToken).ConfigureAwait(false);
            var stored = new List<string>();
            long rows = 0;
            await foreach (ImportedDataRow row in _client.GetImportedDataRowsAsync(twin.Id, _cancellationToken).ConfigureAwait(false))
            {
                rows++;
                if (row.GlobalKey != null)
                {
                    stored.Add(row.GlobalKey);
                }
            }

            await foreach (FailedDataRow unused in _client.GetFailedDataRowsAsync(twin.Id, _cancellationToken).ConfigureAwait(false))
            {
                rows++;
            }

            if (rows == twin.Rows)
            {
                (twin.Earlier ? _earlierStored : twinStored).UnionWith(stored);
            }
        }

        await foreach (FailedDataRow row in _client.GetFailedDataRowsAsync(pending.TaskId, _cancellationToken).ConfigureAwait(false))
        {
            listed++;
            if (DuplicateKey().Match(row.Message) is { Success: true } match)
            {
                string key = match.Groups[1].Value;
                if (twinStored.Remove(key) || _earlierStored.Remove(key))
                {
                    // A twin task over the same chunks (an upsertDataRows whose answer was lost, sent again) stored this
                    // key: that is this row. A key the task carries more than once fails its other copies, in the twin as
                    // here, so only one duplicate report per stored key is the twin's; a key that was already in Labelbox
                    // fails in the twin too, so it is still reported.
                    continue;
                }
            }

            failures.Add(new ImportFailure(ImportFailureKind.Rejected, row.Message, row.GlobalKey, row.ExternalId, row.RowData, null, pending.TaskId));
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
        await AppendAsync(new TaskFinished(pending.Number, pending.TaskId, task.Status, imported, failed, failures)).ConfigureAwait(false);
        Log.TaskFinished(_logger, pending.TaskId, task.Status, (int)failed);
        _failures.AddRange(failures);
        _imported += imported;
        _failed += failed;
        _acknowledged += pending.Rows;
        _tasksFinished++;
        Report();
    }

    private LabelboxException NotTheJournalsInput(string what) =>
        new("The journal " + _options.JournalPath + " " + what + ": it is not the input the journal was written for. Use a new journal path, or the same rows to resume.");

    /// <summary>What tells one input row from another in the journal: its global key, or else its row_data as given.</summary>
    private static string? RowId(DataRowSpec? row) => row is null ? null : row.GlobalKey ?? row.RowData;

    private async Task InvalidAsync(long index, DataRowSpec? row, string message)
    {
        var failure = new ImportFailure(ImportFailureKind.Invalid, message, row?.GlobalKey, row?.ExternalId, row?.RowData, index, null);
        _failures.Add(failure);
        _invalid++;
        await AppendAsync(new RowInvalid(index, new[] { failure })).ConfigureAwait(false);
    }

    private Task AppendAsync(JournalRecord record) => _journal?.AppendAsync(record, _cancellationToken) ?? Task.CompletedTask;

    private void Report() =>
        _options.Progress?.Report(new ImportProgress(_total, _sent, _acknowledged, _failed + _invalid, _tasksStarted, _tasksFinished, _bytes));

    [GeneratedRegex("^Duplicate global key: '(.*)'$", RegexOptions.Singleline)]
    private static partial Regex DuplicateKey();
}
