using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Runs upsertDataRows tasks in the background: reads the manifest
/// (<c>{"source","item_count","chunk_uris"}</c>) and its chunks from the sandbox's own files,
/// then applies the rows in order. A task whose manifest or chunks cannot be read, or that holds
/// too many rows, ends FAILED with the reason in <c>errors</c>.
/// </summary>
internal sealed class ImportTaskWorker : IAsyncDisposable
{
    internal static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 64 };

    /// <summary>How often a task reports its progress (and, with a data folder, starts writing its rows so far).</summary>
    private const int RowsPerProgress = 1024;

    private readonly SandboxState state;
    private readonly SandboxOptions options;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> running = new();
    private readonly EarlyChunkReads early;
    private readonly object runningGate = new();
    private int disposed;

    public ImportTaskWorker(SandboxState state, SandboxOptions options)
    {
        this.state = state;
        this.options = options;
        early = new EarlyChunkReads(state);
    }

    /// <summary>Called as a file is uploaded: a chunk is read now, while the client uploads the next one.</summary>
    public void FileUploaded(StoredFile file)
    {
        if (options.ReadsUploadsEarly)
        {
            early.Start(file);
        }
    }

    public TaskRecord Start(string manifestUri)
    {
        TaskRecord task = state.CreateTask();
        CancellationToken stop = stopping.Token;
        Task run = Task.Run(() => RunAsync(task, manifestUri, stop));
        lock (runningGate)
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(run);
        }

        return task;
    }

    /// <summary>
    /// Stops the running tasks: each ends FAILED, saying the sandbox stopped, and a task started from now
    /// on fails the same way at once. Called as the host begins to stop, so that tasks do not run on while
    /// the server drains its connections; disposing waits for them.
    /// </summary>
    public void Stop() => stopping.Cancel();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        Task[] all;
        lock (runningGate)
        {
            all = running.ToArray();
        }

        await Task.WhenAll(all);
        await early.DisposeAsync();
        stopping.Dispose();
    }

    private async Task RunAsync(TaskRecord task, string manifestUri, CancellationToken cancellationToken)
    {
        try
        {
            if (options.TaskStartDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.TaskStartDelay, cancellationToken);
            }

            (JsonDocument? manifest, string? unreadable) = await ReadJsonAsync(manifestUri, "manifest", cancellationToken);
            if (manifest is null)
            {
                state.FinishTask(task, SandboxTaskStatus.Failed, unreadable);
                return;
            }

            List<string> chunkUris;
            using (manifest)
            {
                if (ReadManifest(manifest.RootElement, out chunkUris) is { } problem)
                {
                    state.FinishTask(task, SandboxTaskStatus.Failed, problem);
                    return;
                }
            }

            using var readers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var cores = new SemaphoreSlim(Environment.ProcessorCount);
            Task<ChunkOutcome>[] reads = [];
            try
            {
                // Chunks read early, as they were uploaded, are taken as they are. The others are read side by side,
                // reading being most of a task; each is read whole before any row is stored, as a chunk that is not
                // valid JSON anywhere fails the task, and their problems still count in order.
                ChunkRead?[] taken = await Task.WhenAll(chunkUris.Select(uri => FileUrls.Resolve(state, uri) is { } file ? early.TakeAsync(file) : Task.FromResult<ChunkRead?>(null)));
                reads = chunkUris.Select((uri, i) => taken[i] is { } read
                    ? Task.FromResult(new ChunkOutcome(read, null))
                    : OnOwnThreadAsync(() => ReadChunk(uri, readers.Token), cores, readers.Token)).ToArray();
                ChunkOutcome[] chunks = await Task.WhenAll(reads);
                long count = 0;
                for (int i = 0; i < chunks.Length; i++)
                {
                    if (chunks[i].Read is not { } read)
                    {
                        state.FinishTask(task, SandboxTaskStatus.Failed, chunks[i].Problem);
                        return;
                    }

                    count += read.Items.Count;
                    if (count > options.MaxRowsPerTask)
                    {
                        state.FinishTask(task, SandboxTaskStatus.Failed, TooMany(count));
                        return;
                    }
                }

                state.ReserveRows(task, (int)count); // count is at most MaxRowsPerTask, an int
                var importer = new RowImporter(state, task);
                long done = 0;
                foreach (ChunkOutcome chunk in chunks)
                {
                    // In runs that end where progress is reported, every RowsPerProgress rows of the task.
                    ReadOnlySpan<ManifestItem> items = chunk.Read!.Items.AsSpan();
                    for (int next = 0; next < items.Length;)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        int run = (int)Math.Min(items.Length - next, RowsPerProgress - done % RowsPerProgress);
                        importer.Import(items.Slice(next, run));
                        next += run;
                        done += run;
                        if (done % RowsPerProgress == 0)
                        {
                            state.ReportProgress(task, Math.Floor(100.0 * done / count));
                        }
                    }
                }

                state.FinishTask(task, SandboxTaskStatus.Complete, null);
            }
            finally
            {
                // A task ending early stops the readers of its later chunks; their items point into the chunks' bytes,
                // so they end before the bytes go.
                await readers.CancelAsync();
                await ((Task)Task.WhenAll(reads)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                foreach (Task<ChunkOutcome> read in reads)
                {
                    if (read.IsCompletedSuccessfully)
                    {
                        read.Result.Read?.Dispose();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            state.FinishTask(task, SandboxTaskStatus.Failed, "The sandbox stopped before the task finished");
        }
#pragma warning disable CA1031 // A background task must end FAILED, whatever went wrong, never fault unobserved.
        catch (Exception e)
#pragma warning restore CA1031
        {
            state.FinishTask(task, SandboxTaskStatus.Failed, "Internal sandbox error: " + e.Message);
        }
    }

    /// <summary>
    /// Runs a chunk's parsing or reading on a thread of its own, at most one per core at a time. On the
    /// thread pool, such long work held its few threads, and the sandbox's requests (a client's polls among
    /// them) waited up to a second for one while a large task ran.
    /// </summary>
    internal static async Task<T> OnOwnThreadAsync<T>(Func<T> work, SemaphoreSlim cores, CancellationToken cancellationToken)
    {
        await cores.WaitAsync(cancellationToken);
        try
        {
            // Synchronous work only: an await inside would go on on a pool thread, not this one.
            return await Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        finally
        {
            cores.Release();
        }
    }

    private string TooMany(long count) =>
        "Too many data rows in one task: " + count + " is over the limit of " + options.MaxRowsPerTask
        + " data rows per upload task; split the import into several tasks";

    private string? ReadManifest(JsonElement manifest, out List<string> chunkUris)
    {
        chunkUris = new List<string>();
        if (manifest.ValueKind != JsonValueKind.Object)
        {
            return "The manifest is not a JSON object with source, item_count and chunk_uris";
        }

        if (!manifest.TryGetProperty("chunk_uris", out JsonElement uris) || uris.ValueKind != JsonValueKind.Array
            || uris.EnumerateArray().Any(u => u.ValueKind != JsonValueKind.String))
        {
            return "The manifest has no chunk_uris list of URL strings";
        }

        if (manifest.TryGetProperty("item_count", out JsonElement count))
        {
            if (count.ValueKind != JsonValueKind.Number || !count.TryGetInt64(out long items) || items < 0)
            {
                return "The manifest's item_count is not a whole number of rows";
            }

            if (items > options.MaxRowsPerTask)
            {
                return TooMany(items);
            }
        }

        // Readable: a URL holding an escaped lone surrogate is kept as sent, escape and all, to be resolved and named like any other.
        chunkUris.AddRange(uris.EnumerateArray().Select(JsonValues.Readable));
        return null;
    }

    /// <summary>Reads the manifest, one of the sandbox's files, as JSON; on failure, says why instead.</summary>
    private async Task<(JsonDocument? Document, string? Problem)> ReadJsonAsync(string url, string what, CancellationToken cancellationToken)
    {
        StoredFile? file = FileUrls.Resolve(state, url);
        if (file is null)
        {
            return (null, NotUploaded(what, url));
        }

        try
        {
            return (await file.ParseJsonAsync(ReadOptions, cancellationToken), null);
        }
        catch (JsonException e)
        {
            return (null, NotJson(what, url, e));
        }
    }

    /// <summary>Reads a chunk's items; on failure, says why instead.</summary>
    private ChunkOutcome ReadChunk(string url, CancellationToken cancellationToken)
    {
        if (FileUrls.Resolve(state, url) is not { } file)
        {
            return new ChunkOutcome(null, NotUploaded("chunk", url));
        }

        try
        {
            return ChunkRead.Load(file, new ManifestItemReader(state), cancellationToken) is { } read
                ? new ChunkOutcome(read, null)
                : new ChunkOutcome(null, "Chunk '" + url + "' is not a JSON array of data rows");
        }
        catch (JsonException e)
        {
            return new ChunkOutcome(null, NotJson("chunk", url, e));
        }
    }

    private static string NotUploaded(string what, string url) => "Could not read the " + what + " '" + url + "': it is not a file uploaded to this sandbox";

    private static string NotJson(string what, string url, JsonException e) => "Could not read the " + what + " '" + url + "': it is not valid JSON (" + e.Message + ")";

    /// <summary>A chunk's items with the bytes they point into, or why it cannot be imported.</summary>
    private sealed record ChunkOutcome(ChunkRead? Read, string? Problem);
}
