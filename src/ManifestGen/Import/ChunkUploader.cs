using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using ManifestGen.Journal;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Import;

/// <summary>
/// Packs upsert items into chunk files of at most MaxChunkBytes and uploads them, double-buffered: a full chunk uploads while
/// the other buffer fills. One upload at a time, each recorded when it ends, so chunk URLs and journal lines stay in row order.
/// </summary>
internal sealed class ChunkUploader : IAsyncDisposable
{
    private readonly LabelboxClient _client;
    private readonly ImportJournal? _journal;
    private readonly ImportTally _tally;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private readonly List<string> _urls = new();
    private ChunkBuffer _chunk;
    private ChunkBuffer? _spare; // null while its buffer is uploading
    private (Task<string> Url, ChunkBuffer Chunk, int Bytes, int Task)? _upload;
    private int _chunkNumber;

    public ChunkUploader(LabelboxClient client, int maxChunkBytes, int nextChunk, ImportJournal? journal, ImportTally tally, ILogger logger, CancellationToken cancellationToken)
    {
        _client = client;
        _journal = journal;
        _tally = tally;
        _logger = logger;
        _cancellationToken = cancellationToken;
        _chunk = new ChunkBuffer(maxChunkBytes);
        _spare = new ChunkBuffer(maxChunkBytes);
        _chunkNumber = nextChunk;
    }

    /// <summary>Adds a row's item to task <paramref name="task"/>'s chunks, starting the upload of the full chunk first if it does not fit.</summary>
    public async ValueTask AddAsync(ReadOnlyMemory<byte> item, long rowIndex, int task)
    {
        if (!_chunk.Fits(item.Length))
        {
            await StartUploadAsync(task).ConfigureAwait(false);
        }

        _chunk.Add(item.Span, rowIndex);
    }

    /// <summary>Uploads the rest of task <paramref name="task"/>'s rows and hands over its chunks' URLs, in order; the list is
    /// the uploader's and is cleared by the next task's first chunk.</summary>
    public async Task<IReadOnlyList<string>> CompleteTaskAsync(int task)
    {
        if (_chunk.Rows > 0)
        {
            await StartUploadAsync(task).ConfigureAwait(false);
        }

        await FinishUploadAsync().ConfigureAwait(false);
        List<string> urls = new(_urls);
        _urls.Clear();
        return urls;
    }

    public async ValueTask DisposeAsync()
    {
        if (_upload is { } upload)
        {
            // The upload in flight reads its buffer: let it end before the buffer goes back to the pool.
            await ((Task)upload.Url).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            upload.Chunk.Release();
        }

        _chunk.Release();
        _spare?.Release();
    }

    private async Task StartUploadAsync(int task)
    {
        await FinishUploadAsync().ConfigureAwait(false);
        ChunkBuffer full = _chunk;
        _chunk = _spare!;
        _spare = null;
        ReadOnlyMemory<byte> bytes = full.Complete();
        _upload = (_client.UploadBytesAsync(bytes, "json_import.json", ContentTypes.Json, _cancellationToken), full, bytes.Length, task);
    }

    private async Task FinishUploadAsync()
    {
        if (_upload is not { } upload)
        {
            return;
        }

        (Task<string> pending, ChunkBuffer chunk, int length, int task) = upload;
        string url = await pending.ConfigureAwait(false);
        _upload = null;
        _urls.Add(url);
        _tally.Uploaded(length);
        await _journal.RecordAsync(new ChunkUploaded(task, _chunkNumber, chunk.FirstRow, chunk.EndRow, chunk.Rows, length, url), _cancellationToken).ConfigureAwait(false);
        Log.ChunkUploaded(_logger, _chunkNumber, chunk.Rows, length);
        _chunkNumber++;
        chunk.Clear();
        _spare = chunk;
        _tally.Report();
    }
}
