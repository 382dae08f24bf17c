using System;
using System.Collections;
using System.Collections.Generic;

namespace ManifestGen.Rules.Json;

/// <summary>
/// A fixed list of words (property names, a vocabulary) that finds a word's index with one hash of its length, first and
/// last character and, mostly, one comparison.
/// </summary>
/// <remarks>
/// Every property name and most string values of a manifest are looked up in such a list; testing the words one
/// by one cost up to six comparisons for a row's name and fourteen for a media type.
/// </remarks>
internal sealed class WordTable : IReadOnlyList<string>
{
    private readonly string[] _words;

    // Open addressing, probed forward: a slot holds a word's index plus one, 0 when empty.
    private readonly int[] _slots;
    private readonly int _mask;

    public WordTable(IReadOnlyList<string> words)
    {
        _words = new string[words.Count];
        int size = 4;
        while (size < words.Count * 4)
        {
            size *= 2;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (int i = 0; i < _words.Length; i++)
        {
            string word = words[i];
            _words[i] = word;
            int slot = Hash(word.AsSpan()) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }
    }

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    /// <summary>The index of <paramref name="word"/> in the list; -1 if it is not there.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        int slot = Hash(word) & _mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            string candidate = _words[entry - 1];
            if (candidate.Length == word.Length && word.SequenceEqual(candidate.AsSpan()))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Hash(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (word.Length * 31 + word[0]) * 31 + word[word.Length - 1];
}
