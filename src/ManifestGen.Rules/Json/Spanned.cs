using System;

namespace ManifestGen.Rules.Json;

/// <summary>A string value with the span of its token (quotes included); absent when it has neither value nor text.</summary>
internal readonly struct Spanned
{
    /// <summary>When set, the value is the token's content as written in this text, cut out only when <see cref="Value"/> is read.</summary>
    private readonly string? _text;

    private readonly string? _value;

    public Spanned(string value, int start, int length)
    {
        _value = value;
        _text = null;
        Start = start;
        Length = length;
    }

    private Spanned(string text, int start, int length, bool inPlace)
    {
        _value = null;
        _text = inPlace ? text : null;
        Start = start;
        Length = length;
    }

    /// <summary>
    /// A value without escapes, left in <paramref name="text"/>: a check that reads <see cref="Text"/> copies nothing,
    /// so a value that breaks no rule never becomes a string.
    /// </summary>
    public static Spanned InPlace(string text, int start, int length) => new(text, start, length, inPlace: true);

    /// <summary>The value; a value left in place is cut out of the text on every read, so read it once.</summary>
    public string? Value => _value ?? _text?.Substring(Start + 1, Length - 2);

    /// <summary>The value's characters without a copy; empty when absent.</summary>
    public ReadOnlySpan<char> Text => _text != null ? _text.AsSpan(Start + 1, Length - 2) : _value.AsSpan();

    public int Start { get; }

    public int Length { get; }

    public bool IsPresent => _value != null || _text != null;
}
