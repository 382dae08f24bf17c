using System;
using System.Collections;
using System.Collections.Generic;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// A file's key occurrences in blocks of 4,096. A doubling list copied a large manifest's keys over and over as
/// it grew (about 8 MB for 100,000 keys, most of it garbage on the large object heap); blocks are never copied.
/// The first block grows like a list up to full size, so that a file of a few rows keeps little.
/// </summary>
internal sealed class KeyList : IReadOnlyList<KeyOccurrence>
{
    private const int BlockShift = 12;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<KeyOccurrence[]> _blocks = new();
    private int _capacity;

    public int Count { get; private set; }

    public KeyOccurrence this[int index] =>
        (uint)index < (uint)Count ? _blocks[index >> BlockShift][index & (BlockSize - 1)] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(KeyOccurrence occurrence)
    {
        if (Count == _capacity)
        {
            Grow();
        }

        _blocks[Count >> BlockShift][Count & (BlockSize - 1)] = occurrence;
        Count++;
    }

    private void Grow()
    {
        if (_blocks.Count == 1 && _capacity < BlockSize)
        {
            KeyOccurrence[] first = _blocks[0];
            Array.Resize(ref first, Math.Min(_capacity * 2, BlockSize));
            _blocks[0] = first;
            _capacity = first.Length;
        }
        else
        {
            var block = new KeyOccurrence[_blocks.Count == 0 ? 16 : BlockSize];
            _blocks.Add(block);
            _capacity += block.Length;
        }
    }

    public IEnumerator<KeyOccurrence> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
