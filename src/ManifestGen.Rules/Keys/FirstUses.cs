using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// The first occurrence of each key among a list of occurrences, as <see cref="GlobalKeys.SameKey"/> decides
/// sameness: an open-addressed table of indices into the list, hashing and comparing the keys where they
/// stand, so that no key becomes a string (a dictionary of strings cost 100,000 of them per large manifest).
/// </summary>
internal sealed class FirstUses
{
    private readonly IReadOnlyList<KeyOccurrence> _occurrences;

    /// <summary>Index + 1 of the occurrence that holds each slot; 0 for an empty slot.</summary>
    private readonly int[] _slots;

    /// <summary>Each slot's key hash, compared before the keys themselves.</summary>
    private readonly int[] _hashes;

    public FirstUses(IReadOnlyList<KeyOccurrence> occurrences)
    {
        _occurrences = occurrences;
        // At most half full: a probe seldom goes past a slot or two.
        int size = 16;
        while (size < occurrences.Count * 2)
        {
            size *= 2;
        }

        _slots = new int[size];
        _hashes = new int[size];
    }

    /// <summary>The index of the first occurrence of occurrence <paramref name="index"/>'s key; <paramref name="index"/> itself, now recorded, when it is the first.</summary>
    public int FirstOrAdd(int index)
    {
        ReadOnlySpan<char> key = _occurrences[index].KeySpan;
        int hash = GlobalKeys.HashKey(key);
        int mask = _slots.Length - 1;
        // Bounded: the table is never more than half full, so an empty slot comes.
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int held = _slots[slot];
            if (held == 0)
            {
                _slots[slot] = index + 1;
                _hashes[slot] = hash;
                return index;
            }

            if (_hashes[slot] == hash && GlobalKeys.SameKey(_occurrences[held - 1].KeySpan, key))
            {
                return held - 1;
            }
        }
    }
}
