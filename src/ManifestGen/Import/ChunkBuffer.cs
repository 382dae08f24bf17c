using System;
using ManifestGen.Json;

namespace ManifestGen.Import;

/// <summary>
/// Builds one chunk file, a JSON array of upsert items, up to a byte limit: a row that would make it
/// overflow starts the next chunk (a single larger row still goes, alone, as the SDK sends it).
/// </summary>
internal sealed class ChunkBuffer
{
    private readonly int _maxBytes;
    private readonly PooledBufferWriter _buffer = new();

    public ChunkBuffer(int maxBytes) => _maxBytes = maxBytes;

    public int Rows { get; private set; }

    public long FirstRow { get; private set; }

    public long EndRow { get; private set; }

    /// <summary>Whether <paramref name="itemBytes"/> more bytes fit: a separator and the closing bracket count too.</summary>
    public bool Fits(int itemBytes) => Rows == 0 || (long)_buffer.WrittenMemory.Length + 1 + itemBytes + 1 <= _maxBytes;

    public void Add(ReadOnlySpan<byte> item, long rowIndex)
    {
        if (Rows == 0)
        {
            FirstRow = rowIndex;
        }

        Span<byte> target = _buffer.GetSpan(item.Length + 1);
        target[0] = Rows == 0 ? (byte)'[' : (byte)',';
        item.CopyTo(target[1..]);
        _buffer.Advance(item.Length + 1);
        Rows++;
        EndRow = rowIndex + 1;
    }

    /// <summary>The finished chunk; valid until <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        _buffer.GetSpan(1)[0] = (byte)']';
        _buffer.Advance(1);
        return _buffer.WrittenMemory;
    }

    public void Clear()
    {
        _buffer.Clear();
        Rows = 0;
    }

    public void Release() => _buffer.Release();
}
