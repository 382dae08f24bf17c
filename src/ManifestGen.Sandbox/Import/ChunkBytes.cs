using System;
using System.Buffers;
using System.IO;
using System.Threading;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// An uploaded chunk's bytes, held while its items are in use: a failed row is described from its payload's bytes.
/// In memory they are the stored file's own array; from a data folder, a pooled array returned on dispose.
/// </summary>
internal sealed class ChunkBytes : IDisposable
{
    private byte[]? rented;

    private ChunkBytes(ReadOnlyMemory<byte> json, byte[]? rented)
    {
        Json = json;
        this.rented = rented;
    }

    /// <summary>The chunk's JSON text, UTF-8.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>True when <see cref="Json"/> is the uploaded file's own array, which stays as it is for as long as the sandbox runs.</summary>
    public bool Kept => rented is null;

    /// <summary>
    /// The file's bytes; from a data folder without a UTF-8 byte order mark, as a JSON document read from a stream skipped it.
    /// Read synchronously: its callers run on a thread of their own (<c>ImportTaskWorker.OnOwnThreadAsync</c>),
    /// which an asynchronous read would leave for a pool thread that then parsed the chunk.
    /// </summary>
    public static ChunkBytes Load(StoredFile file)
    {
        if (file.Bytes is { } bytes)
        {
            return new ChunkBytes(bytes, null);
        }

        using Stream stream = file.OpenRead();
        long length = stream.Length;
        if (length > Array.MaxLength)
        {
            throw new IOException("The file '" + file.FileName + "' is too large to read as JSON.");
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            int read = stream.ReadAtLeast(buffer.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
            int start = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            return new ChunkBytes(buffer.AsMemory(start, read - start), buffer);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref rented, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
