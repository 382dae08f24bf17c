using System;
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

    public string Path { get; }

    /// <summary>The key as a string; cut out of the text on every read, so read it for messages only.</summary>
    public string Key => _keyStart == 0 && _keyLength == _source.Length ? _source : _source.Substring(_keyStart, _keyLength);

    /// <summary>The key's characters without a copy.</summary>
    public ReadOnlySpan<char> KeySpan => _source.AsSpan(_keyStart, _keyLength);

    public int Start { get; }

    public int Length { get; }
}
