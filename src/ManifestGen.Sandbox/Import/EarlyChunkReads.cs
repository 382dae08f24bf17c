using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Parses and reads an uploaded JSON file as soon as it is stored, while the client uploads its next chunk: a task
/// that later names the file takes the result instead of doing the same work after <c>upsertDataRows</c>. Reading a
/// chunk is a function of its bytes and of the uploaded files, which are only ever added: the one result that a later
/// upload could change (a row refused for a row_data naming no uploaded file) makes the task read the chunk again, so
/// what a task stores and reports is the same either way. Anything that goes wrong here is left for the task to find
/// and report as it always did. A read no task takes within <see cref="Lifetime"/> is dropped.
/// </summary>
internal sealed class EarlyChunkReads : IAsyncDisposable
{
    /// <summary>How long a read waits for its task: a client starts the task right after its uploads.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly SandboxState state;
    private readonly ConcurrentDictionary<string, Task<ChunkRead?>> reads = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim cores = new(Environment.ProcessorCount);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> expiries = new();

    public EarlyChunkReads(SandboxState state) => this.state = state;

    /// <summary>Starts reading <paramref name="file"/> if it is JSON (a chunk or a manifest); images and the like are left alone.</summary>
    public void Start(StoredFile file)
    {
        if (!file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !file.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        CancellationToken stop = stopping.Token;
        Task<ChunkRead?> read = ImportTaskWorker.OnOwnThreadAsync(() => Read(file, stop), cores, stop)
            .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        reads[file.Id] = read;
        lock (expiries)
        {
            expiries.RemoveAll(t => t.IsCompleted);
            expiries.Add(ExpireAsync(file.Id, read, stop));
        }
    }

    /// <summary>
    /// The early read of <paramref name="file"/>, now owned by the caller (who disposes it); null when there is none
    /// to take (not JSON, not a JSON array, not read, or taken by another task), and the caller reads the file itself.
    /// </summary>
    public async Task<ChunkRead?> TakeAsync(StoredFile file) =>
        reads.TryRemove(file.Id, out Task<ChunkRead?>? read) ? await read : null;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        Task[] all;
        lock (expiries)
        {
            all = expiries.ToArray();
        }

        await Task.WhenAll(all);
        stopping.Dispose();
        cores.Dispose();
    }

    private async Task ExpireAsync(string fileId, Task<ChunkRead?> read, CancellationToken stop)
    {
        await Task.Delay(Lifetime, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (reads.TryRemove(new KeyValuePair<string, Task<ChunkRead?>>(fileId, read)))
        {
            (await read)?.Dispose();
        }
    }

    private ChunkRead? Read(StoredFile file, CancellationToken cancellationToken)
    {
        try
        {
            var reader = new ManifestItemReader(state);
            if (ChunkRead.Load(file, reader, cancellationToken) is { } read)
            {
                if (!reader.RefusedRowDataNamingNoFile)
                {
                    return read;
                }

                read.Dispose();
            }
        }
#pragma warning disable CA1031 // Whatever failed here (unreadable, not JSON, not an array, ...), the task reads the chunk itself and meets it there.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return null;
    }
}
