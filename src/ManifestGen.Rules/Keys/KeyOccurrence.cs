using System;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// Where a global key was written: file, and the span of its token. The key itself is held as characters
/// (<see cref="KeyChars"/> for a manifest's keys, a string for a key given in code) and becomes a string only when
/// <see cref="Key"/> is read: the caller keeps every file's keys for the check across files.
/// </summary>
internal readonly struct KeyOccurrence
{
    private readonly ReadOnlyMemory<char> _key;

    /// <summary>A key given as a string (a C# literal's value, a key built in code).</summary>
    public KeyOccurrence(string path, string key, int start, int length)
        : this(path, key.AsMemory(), start, length)
    {
    }

    private KeyOccurrence(string path, ReadOnlyMemory<char> key, int start, int length)
    {
        Path = path;
        _key = key;
        Start = start;
        Length = length;
    }

    /// <summary>A manifest's key token, its key copied into <paramref name="chars"/> so that it does not hold the text.</summary>
    public static KeyOccurrence Of(string path, Spanned token, KeyChars chars) =>
        new(path, chars.Add(token.Text), token.Start, token.Length);

    public string Path { get; }

    /// <summary>The key as a string; copied on every read, so read it for messages only.</summary>
    public string Key => _key.ToString();

    /// <summary>The key's characters without a copy.</summary>
    public ReadOnlySpan<char> KeySpan => _key.Span;

    public int Start { get; }

    public int Length { get; }
}
