using System;
using System.Buffers;
using System.Threading;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// A chunk's items as read, in a pooled array held until its rows are stored and then returned. Sized once from the
/// first items instead of doubling: a chunk's items gathered in growing arrays and copied out at the end allocated
/// two to three times their size per chunk, most of it in the large object heap (about 9 MB for a chunk of 20,000).
/// </summary>
internal sealed class ChunkItems : IDisposable
{
    /// <summary>How many items are read before the chunk's count is estimated from the bytes they took.</summary>
    private const int Sample = 64;

    private readonly int chunkLength;
    private ManifestItem[]? items = ArrayPool<ManifestItem>.Shared.Rent(Sample);

    /// <param name="chunkLength">The chunk's length in bytes, from which its count of items is estimated.</param>
    public ChunkItems(int chunkLength) => this.chunkLength = chunkLength;

    public int Count { get; private set; }

    public ReadOnlySpan<ManifestItem> AsSpan() => Live().AsSpan(0, Count);

    /// <summary>Adds the next item; <paramref name="bytesRead"/> is how far into the chunk the items so far reach.</summary>
    public void Add(in ManifestItem item, long bytesRead)
    {
        ManifestItem[] array = Live();
        if (Count == array.Length)
        {
            array = Grow(array, bytesRead);
        }

        array[Count++] = item;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref items, null) is { } array)
        {
            ArrayPool<ManifestItem>.Shared.Return(array, clearArray: true); // cleared: the items hold strings and slices of the chunk
        }
    }

    /// <summary>
    /// Room for the items the rest of the chunk holds at the size of those read so far, and an eighth more for larger
    /// ones; twice as many should that still be short.
    /// </summary>
    private ManifestItem[] Grow(ManifestItem[] array, long bytesRead)
    {
        long estimate = (long)chunkLength * Count / Math.Max(bytesRead, 1);
        int wanted = (int)Math.Min(Array.MaxLength, Math.Max(2L * Count, estimate + (estimate / 8) + 1));
        ManifestItem[] larger = ArrayPool<ManifestItem>.Shared.Rent(wanted);
        array.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<ManifestItem>.Shared.Return(array, clearArray: true);
        items = larger;
        return larger;
    }

    private ManifestItem[] Live() => items ?? throw new ObjectDisposedException(nameof(ChunkItems));
}
