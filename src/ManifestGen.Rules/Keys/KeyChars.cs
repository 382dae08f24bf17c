using System;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// A file's global keys, copied one after another into chunks of characters as its rows are checked. The keys
/// outlive the file's text (the analyzer caches them for the check across files), and copied here they keep a few
/// characters a key alive instead of the whole text, without a second pass over them at the end.
/// </summary>
internal sealed class KeyChars
{
    /// <summary>The first chunk is small, so that a file of a few rows keeps little; each next one doubles.</summary>
    private const int FirstChunk = 1024;

    /// <summary>512 K characters (1 MB): past that, growing further saves nothing.</summary>
    private const int LargestChunk = 512 * 1024;

    private char[] _chunk = Array.Empty<char>();
    private int _used;

    /// <summary>Copies <paramref name="key"/> in and returns where it now stands.</summary>
    public ReadOnlyMemory<char> Add(ReadOnlySpan<char> key)
    {
        if (_chunk.Length - _used < key.Length)
        {
            // The rest of the full chunk is left unused: a key is never split, so that it reads as one span.
            int size = _chunk.Length == 0 ? FirstChunk : Math.Min(_chunk.Length * 2, LargestChunk);
            _chunk = new char[Math.Max(size, key.Length)];
            _used = 0;
        }

        key.CopyTo(_chunk.AsSpan(_used));
        var copied = new ReadOnlyMemory<char>(_chunk, _used, key.Length);
        _used += key.Length;
        return copied;
    }
}
