using System;
using System.Threading;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>A chunk's items as read, with the bytes they point into; disposed once its rows are stored.</summary>
internal sealed record ChunkRead(ChunkBytes Bytes, ChunkItems Items) : IDisposable
{
    /// <summary>
    /// Loads <paramref name="file"/> and reads its items with <paramref name="reader"/>; null when it is valid JSON but not
    /// an array. The bytes are released on every way out but the read returned.
    /// </summary>
    public static ChunkRead? Load(StoredFile file, ManifestItemReader reader, CancellationToken cancellationToken)
    {
        ChunkBytes bytes = ChunkBytes.Load(file);
        try
        {
            if (reader.ReadAll(bytes, cancellationToken) is { } items)
            {
                return new ChunkRead(bytes, items);
            }
        }
        catch
        {
            bytes.Dispose();
            throw;
        }

        bytes.Dispose();
        return null;
    }

    public void Dispose()
    {
        Items.Dispose(); // first: the items point into the bytes
        Bytes.Dispose();
    }
}
