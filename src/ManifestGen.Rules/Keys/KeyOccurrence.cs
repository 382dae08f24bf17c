using System;
using System.Collections.Generic;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// Where a global key was written: file, and the span of its token. The key itself stays where it was
/// read (the manifest text for a key without escapes, else its decoded string) and becomes a string only
/// when <see cref="Key"/> is read: the caller keeps every file's keys for the check across files.
/// </summary>
internal readonly struct KeyOccurrence
{
    private readonly string _source;
    private readonly int _keyStart;
    private readonly int _keyLength;

    /// <summary>A key given as a string (a C# literal's value, a key built in code).</summary>
    public KeyOccurrence(string path, string key, int start, int length)
        : this(path, key, 0, key.Length, start, length)
    {
    }

    private KeyOccurrence(string path, string source, int keyStart, int keyLength, int start, int length)
    {
        Path = path;
        _source = source;
        _keyStart = keyStart;
        _keyLength = keyLength;
        Start = start;
        Length = length;
    }

    /// <summary>A manifest's key token, referencing the text when the key was left in it (<see cref="Spanned.InPlace"/>).</summary>
    public static KeyOccurrence Of(string path, Spanned token)
    {
        var (source, keyStart, keyLength) = token.Backing;
        return new KeyOccurrence(path, source, keyStart, keyLength, token.Start, token.Length);
    }

    /// <summary>
    /// The occurrences with their keys copied, one after another, into one string: a cache that keeps a file's keys
    /// then keeps a few characters a key instead of the whole manifest text they were read from.
    /// </summary>
    public static KeyOccurrence[] Packed(IReadOnlyList<KeyOccurrence> occurrences)
    {
        int total = 0;
        foreach (KeyOccurrence occurrence in occurrences)
        {
            total += occurrence._keyLength;
        }

        var chars = new char[total];
        int at = 0;
        foreach (KeyOccurrence occurrence in occurrences)
        {
            occurrence.KeySpan.CopyTo(chars.AsSpan(at));
            at += occurrence._keyLength;
        }

        string packed = new(chars);
        var result = new KeyOccurrence[occurrences.Count];
        at = 0;
        for (int i = 0; i < result.Length; i++)
        {
            KeyOccurrence occurrence = occurrences[i];
            result[i] = new KeyOccurrence(occurrence.Path, packed, at, occurrence._keyLength, occurrence.Start, occurrence.Length);
            at += occurrence._keyLength;
        }

        return result;
    }

    public string Path { get; }

    /// <summary>The key as a string; cut out of the text on every read, so read it for messages only.</summary>
    public string Key => _keyStart == 0 && _keyLength == _source.Length ? _source : _source.Substring(_keyStart, _keyLength);

    /// <summary>The key's characters without a copy.</summary>
    public ReadOnlySpan<char> KeySpan => _source.AsSpan(_keyStart, _keyLength);

    public int Start { get; }

    public int Length { get; }
}
