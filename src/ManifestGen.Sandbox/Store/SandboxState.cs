using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox;

/// <summary>
/// Everything the sandbox holds: datasets, data rows, tasks, files, and counters. Thread-safe; the
/// collections it returns are snapshots. With a data folder, its mutators also write through to the folder's
/// database, and it starts with what the database holds.
/// </summary>
public sealed class SandboxState
{
    /// <summary>What a task still running when the sandbox was killed ends with, at the next start.</summary>
    internal const string InterruptedTask = "The sandbox stopped before the task finished (it was killed or crashed);"
        + " the rows listed as succeeded were stored, the others were not";

    // Null in memory. With a data folder, each mutator queues its change under Gate (store?.Queue, in the order
    // made) and commits (store?.Commit) before it answers for it: a new mutator persists the same way.
    private readonly SandboxStore? store;
    private readonly Dictionary<string, SandboxDataset> datasets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxDataRow> rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> rowIdsByGlobalKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> rowCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskRecord> tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GlobalKeyJob> globalKeyJobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> requests = new(StringComparer.Ordinal);
    private long rowsCreated;
    private long rowsUpdated;
    private long rowsVersion; // changed under Gate with the rows, so a listing knows when it is stale
    private DatasetListing? listing;
    private long rowsFailed;

    internal SandboxState(SandboxOptions options)
    {
        StoredState? stored = null;
        if (options.DataDirectory is { } folder)
        {
            store = SandboxStore.Open(folder, out StoredState loaded);
            stored = loaded;
        }

        try
        {
            StoredIdentity identity = stored?.Identity ?? new StoredIdentity(SandboxIds.New(), SandboxIds.New(), DateTimeOffset.UtcNow);
            UserId = identity.UserId;
            OrganizationId = identity.OrganizationId;
            CreatedAt = identity.CreatedAt;
            UserEmail = options.UserEmail;
            IReadOnlyList<SandboxMetadataField> fields = stored is null
                ? options.CustomMetadataFields.ToArray()
                : StoredFields.Merge(options.CustomMetadataFields, stored.CustomFields);
            if (store is not null && stored!.Identity is null)
            {
                store.SaveIdentity(identity);
            }

            Metadata = new SandboxOntology(fields, store);
            if (store is not null)
            {
                Restore(stored!);
            }
        }
        catch
        {
            store?.Dispose();
            throw;
        }
    }

    /// <summary>The id of the only user, the one every API key belongs to.</summary>
    public string UserId { get; }

    /// <summary>The id of the only organization.</summary>
    public string OrganizationId { get; }

    internal string UserEmail { get; }

    internal DateTimeOffset CreatedAt { get; }

    /// <summary>The metadata ontology, which <c>upsertCustomMetadataSchema</c> and <c>deleteCustomMetadataSchema</c> change.</summary>
    internal SandboxOntology Metadata { get; }

    /// <summary>The metadata ontology now; an import reads it once, at its start.</summary>
    internal SandboxMetadataSchema Ontology => Metadata.Current;

    /// <summary>The names of the custom metadata fields it serves: those of the options, and with a data folder
    /// those a previous start stored there.</summary>
    public IReadOnlyList<string> CustomMetadataFieldNames => Ontology.Fields.Where(f => !f.Reserved).Select(f => f.Name).ToArray();

    /// <summary>Guards rows, datasets and tasks; row imports hold it per row.</summary>
    internal object Gate { get; } = new();

    /// <summary>Every dataset, oldest first.</summary>
    public IReadOnlyList<SandboxDataset> Datasets
    {
        get
        {
            lock (Gate)
            {
                return datasets.Values.ToArray();
            }
        }
    }

    /// <summary>Every data row, in the order they were created.</summary>
    public IReadOnlyList<SandboxDataRow> DataRows
    {
        get
        {
            lock (Gate)
            {
                return rows.Values.ToArray();
            }
        }
    }

    /// <summary>How many data rows are stored.</summary>
    public int RowsStored
    {
        get
        {
            lock (Gate)
            {
                return rows.Count;
            }
        }
    }

    /// <summary>Rows created by imports since start.</summary>
    public long RowsCreated => Interlocked.Read(ref rowsCreated);

    /// <summary>Rows updated by imports (upserts by global key or id) since start.</summary>
    public long RowsUpdated => Interlocked.Read(ref rowsUpdated);

    /// <summary>Rows rejected by imports since start.</summary>
    public long RowsFailed => Interlocked.Read(ref rowsFailed);

    /// <summary>Every import task, oldest first.</summary>
    public IReadOnlyList<SandboxTask> Tasks
    {
        get
        {
            lock (Gate)
            {
                return tasks.Values.Select(t => t.ToPublic()).ToArray();
            }
        }
    }

    /// <summary>How many files were uploaded.</summary>
    public int FilesStored => files.Count;

    /// <summary>
    /// Requests received, by GraphQL operation name ("UploadFile", "CreateDatasetPyApi"…;
    /// "(anonymous)" for unnamed operations, "(invalid)" for unreadable requests, "GET /files" for downloads).
    /// </summary>
    public IReadOnlyDictionary<string, long> RequestsByOperation => new Dictionary<string, long>(requests, StringComparer.Ordinal);

    /// <summary>Requests received for one operation name.</summary>
    /// <param name="operation">The operation name.</param>
    /// <returns>The count, 0 when none came.</returns>
    public long Requests(string operation) => requests.GetValueOrDefault(operation);

    /// <summary>How many data rows one dataset holds.</summary>
    /// <param name="datasetId">The dataset id.</param>
    /// <returns>The count, 0 for an unknown dataset.</returns>
    public int RowCount(string datasetId)
    {
        lock (Gate)
        {
            return rowCounts.GetValueOrDefault(datasetId);
        }
    }

    /// <summary>The data rows of one dataset, in the order they were created.</summary>
    /// <param name="datasetId">The dataset id.</param>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxDataRow> DataRowsIn(string datasetId)
    {
        lock (Gate)
        {
            return rows.Values.Where(r => r.DatasetId == datasetId).ToArray();
        }
    }

    /// <summary>
    /// The rows of one dataset, newest first as Labelbox lists them, with each row's place: made once per change of
    /// the rows and reused, since reading a large dataset page by page otherwise copied and searched every stored row
    /// for every page (150,000 rows: 300 pages, each going over all of them).
    /// </summary>
    internal DatasetListing ListNewestFirst(string datasetId)
    {
        lock (Gate)
        {
            if (listing is { } kept && kept.Version == rowsVersion && kept.DatasetId == datasetId)
            {
                return kept;
            }

            SandboxDataRow[] newest = rows.Values.Where(r => r.DatasetId == datasetId).Reverse().ToArray();
            return listing = new DatasetListing(datasetId, rowsVersion, newest);
        }
    }

    /// <summary>The data row with this global key (ignoring case), or null.</summary>
    /// <param name="globalKey">The global key.</param>
    /// <returns>The row or null.</returns>
    public SandboxDataRow? FindByGlobalKey(string globalKey)
    {
        lock (Gate)
        {
            return rowIdsByGlobalKey.TryGetValue(globalKey, out string? id) ? rows[id] : null;
        }
    }

    /// <summary>The data row with this id, or null.</summary>
    /// <param name="id">The data row id.</param>
    /// <returns>The row or null.</returns>
    public SandboxDataRow? FindDataRow(string id)
    {
        lock (Gate)
        {
            return rows.GetValueOrDefault(id);
        }
    }

    /// <summary>The dataset with this id, or null.</summary>
    /// <param name="id">The dataset id.</param>
    /// <returns>The dataset or null.</returns>
    public SandboxDataset? FindDataset(string id)
    {
        lock (Gate)
        {
            return datasets.GetValueOrDefault(id);
        }
    }

    internal void CountRequest(string operation) => requests.AddOrUpdate(operation, 1, static (_, n) => n + 1);

    internal SandboxDataset CreateDataset(string name, string? description)
    {
        var dataset = new SandboxDataset(SandboxIds.New(), name, description, DateTimeOffset.UtcNow);
        lock (Gate)
        {
            datasets.Add(dataset.Id, dataset);
            rowCounts[dataset.Id] = 0;
            store?.Queue(new PendingWrite(WriteKind.Dataset, dataset));
        }

        store?.Commit();
        return dataset;
    }

    /// <summary>
    /// Deletes a dataset and its rows, as Labelbox does: the rows are gone and their global keys free again.
    /// Returns the dataset, or null when there is none.
    /// </summary>
    internal SandboxDataset? DeleteDataset(string id)
    {
        SandboxDataset? dataset;
        lock (Gate)
        {
            if (!datasets.TryGetValue(id, out dataset))
            {
                return null;
            }

            RemoveKeepingOrder(datasets, d => d.Id == id);
            rowCounts.Remove(id);
            foreach (SandboxDataRow row in rows.Values)
            {
                if (row.DatasetId == id && row.GlobalKey is not null)
                {
                    rowIdsByGlobalKey.Remove(row.GlobalKey);
                }
            }

            RemoveRowsLocked(r => r.DatasetId == id);
            store?.DeleteDataset(id);
        }

        store?.Commit();
        return dataset;
    }

    /// <summary>
    /// Deletes data rows, as the SDK's <c>DataRow.bulk_delete</c> asks (deleteDataRows): the rows, their metadata and
    /// attachments are gone and their global keys free again. Returns the rows deleted; an id of no row is passed over.
    /// </summary>
    internal IReadOnlyList<SandboxDataRow> DeleteDataRows(IReadOnlyCollection<string> ids)
    {
        var deleted = new List<SandboxDataRow>();
        var gone = new HashSet<string>(StringComparer.Ordinal);
        lock (Gate)
        {
            foreach (string id in ids)
            {
                if (rows.TryGetValue(id, out SandboxDataRow? row) && gone.Add(id))
                {
                    deleted.Add(row);
                    rowCounts[row.DatasetId]--;
                    if (row.GlobalKey is not null)
                    {
                        rowIdsByGlobalKey.Remove(row.GlobalKey);
                    }
                }
            }

            if (deleted.Count > 0)
            {
                RemoveRowsLocked(r => gone.Contains(r.Id));
                store?.Queue(new PendingWrite(WriteKind.RowsDeleted, gone.ToArray()));
            }
        }

        store?.Commit();
        return deleted;
    }

    private void RemoveRowsLocked(Func<SandboxDataRow, bool> remove)
    {
        RemoveKeepingOrder(rows, remove);
        rowsVersion++;
    }

    /// <summary>
    /// Removes entries by rebuilding the dictionary: removing in place leaves holes that later entries fill,
    /// and datasets and rows must stay in the order they were created.
    /// </summary>
    private static void RemoveKeepingOrder<T>(Dictionary<string, T> entries, Func<T, bool> remove)
    {
        KeyValuePair<string, T>[] kept = entries.Where(e => !remove(e.Value)).ToArray();
        entries.Clear();
        foreach ((string key, T value) in kept)
        {
            entries.Add(key, value);
        }
    }

    // Rows: the import calls these while it holds Gate.
    internal SandboxDataRow? RowByGlobalKeyLocked(string globalKey) =>
        rowIdsByGlobalKey.TryGetValue(globalKey, out string? id) ? rows[id] : null;

    internal SandboxDataRow? RowByIdLocked(string id) => rows.GetValueOrDefault(id);

    internal bool DatasetExistsLocked(string id) => datasets.ContainsKey(id);

    /// <summary>Makes room for a task's rows at once: growing by doubling rehashed every row and churned large arrays.</summary>
    internal void ReserveRows(TaskRecord task, int count)
    {
        lock (Gate)
        {
            rows.EnsureCapacity(rows.Count + count);
            rowIdsByGlobalKey.EnsureCapacity(rowIdsByGlobalKey.Count + count);
            task.SucceededRowIds.EnsureCapacity(count);
        }
    }

    /// <summary>Stores a row created or written, for <paramref name="task"/> when an import task wrote it.</summary>
    internal void PutRowLocked(SandboxDataRow row, SandboxDataRow? previous, TaskRecord? task)
    {
        if (previous is null)
        {
            rowCounts[row.DatasetId] = rowCounts.GetValueOrDefault(row.DatasetId) + 1;
            Interlocked.Increment(ref rowsCreated);
        }
        else
        {
            if (previous.DatasetId != row.DatasetId)
            {
                rowCounts[previous.DatasetId]--;
                rowCounts[row.DatasetId] = rowCounts.GetValueOrDefault(row.DatasetId) + 1;
            }

            if (previous.GlobalKey is not null)
            {
                rowIdsByGlobalKey.Remove(previous.GlobalKey);
            }

            Interlocked.Increment(ref rowsUpdated);
        }

        rows[row.Id] = row;
        rowsVersion++;
        if (row.GlobalKey is not null)
        {
            rowIdsByGlobalKey[row.GlobalKey] = row.Id;
        }

        task?.SucceededRowIds.Add(row.Id);
        store?.Queue(new PendingWrite(WriteKind.Row, row, task?.Id));
    }

    internal void AddFailure(TaskRecord task, FailedRow failure)
    {
        lock (Gate)
        {
            task.Failures.Add(failure);
            store?.Queue(new PendingWrite(WriteKind.Failure, failure, task.Id));
        }

        Interlocked.Increment(ref rowsFailed);
    }

    // Tasks
    internal TaskRecord CreateTask()
    {
        var task = new TaskRecord(SandboxIds.New(), UserId, DateTimeOffset.UtcNow);
        lock (Gate)
        {
            tasks.Add(task.Id, task);
            store?.Queue(new PendingWrite(WriteKind.Task, task.ToPublic()));
        }

        try
        {
            store?.Commit();
        }
        catch (InvalidOperationException)
        {
            // Not stored, so never started: upsertDataRows answers with the error, and no task is left IN_PROGRESS.
            lock (Gate)
            {
                tasks.Remove(task.Id);
            }

            throw;
        }

        return task;
    }

    /// <summary>Records how far a running task is; with a data folder, also starts writing its rows so far.</summary>
    internal void ReportProgress(TaskRecord task, double completionPercentage)
    {
        lock (Gate)
        {
            task.CompletionPercentage = completionPercentage;
            task.UpdatedAt = DateTimeOffset.UtcNow;
            store?.Queue(new PendingWrite(WriteKind.Task, task.ToPublic()));
        }

        store?.CommitSoon();
    }

    /// <summary>
    /// Ends a task. With a data folder, its status is committed with its last rows, in one transaction, before
    /// it shows: a task read as COMPLETE has all its rows stored, whenever the sandbox is killed.
    /// </summary>
    internal void FinishTask(TaskRecord task, string status, string? errors)
    {
        SandboxTask finished;
        lock (Gate)
        {
            finished = task.ToPublic() with
            {
                Status = status,
                Errors = errors,
                CompletionPercentage = status == SandboxTaskStatus.Complete ? 100 : task.CompletionPercentage,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            store?.Queue(new PendingWrite(WriteKind.Task, finished));
        }

        try
        {
            store?.Commit();
        }
        catch (InvalidOperationException) when (status == SandboxTaskStatus.Failed)
        {
            // The data folder cannot be written: the task still ends FAILED here, as it would at the next start.
        }

        lock (Gate)
        {
            task.Status = finished.Status;
            task.Errors = finished.Errors;
            task.CompletionPercentage = finished.CompletionPercentage;
            task.UpdatedAt = finished.UpdatedAt;
        }
    }

    internal TaskRecord? FindTaskLocked(string id) => tasks.GetValueOrDefault(id);

    /// <summary>A consistent copy of a task's public view and one page of its results.</summary>
    internal T ReadTask<T>(string id, Func<TaskRecord?, T> read)
    {
        lock (Gate)
        {
            return read(tasks.GetValueOrDefault(id));
        }
    }

    // Files
    internal void AddFile(StoredFile file)
    {
        files[file.Id] = file;
        store?.Queue(new PendingWrite(WriteKind.File, file));
        store?.Commit();
    }

    internal StoredFile? FindFile(string id) => files.GetValueOrDefault(id);

    // Global key jobs
    internal GlobalKeyJob CreateGlobalKeyJob(IReadOnlyList<string> globalKeys)
    {
        var fetched = new List<string>(globalKeys.Count);
        var notFound = new List<string>();
        lock (Gate)
        {
            foreach (string key in globalKeys)
            {
                SandboxDataRow? row = RowByGlobalKeyLocked(key);
                fetched.Add(row?.Id ?? string.Empty);
                if (row is null)
                {
                    notFound.Add(key);
                }
            }
        }

        var job = new GlobalKeyJob(SandboxIds.New(), fetched, notFound);
        globalKeyJobs[job.Id] = job;
        return job;
    }

    internal GlobalKeyJob? FindGlobalKeyJob(string id) => globalKeyJobs.GetValueOrDefault(id);

    /// <summary>
    /// Closes the data folder's database; called once the host is disposed, so after the import tasks have ended.
    /// Not IDisposable: the state is public, and only the sandbox that made it may close it.
    /// </summary>
    internal void Close() => store?.Dispose();

    /// <summary>Takes in what the data folder held; a task it shows running can never finish now, and ends FAILED.</summary>
    private void Restore(StoredState stored)
    {
        foreach (SandboxDataset dataset in stored.Datasets)
        {
            datasets.Add(dataset.Id, dataset);
            rowCounts[dataset.Id] = 0;
        }

        rows.EnsureCapacity(stored.Rows.Count);
        rowIdsByGlobalKey.EnsureCapacity(stored.Rows.Count);
        foreach (SandboxDataRow row in stored.Rows)
        {
            rows.Add(row.Id, row);
            rowCounts[row.DatasetId] = rowCounts.GetValueOrDefault(row.DatasetId) + 1;
            if (row.GlobalKey is not null)
            {
                rowIdsByGlobalKey[row.GlobalKey] = row.Id;
            }
        }

        foreach (TaskRecord task in stored.Tasks)
        {
            tasks.Add(task.Id, task);
        }

        foreach (StoredFile file in stored.Files)
        {
            files[file.Id] = file;
        }

        foreach (TaskRecord task in stored.Tasks.Where(t => t.Status == SandboxTaskStatus.InProgress))
        {
            FinishTask(task, SandboxTaskStatus.Failed, InterruptedTask);
        }
    }
}
