using System;
using System.Text.Json;
using System.Text.Unicode;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Where a JSON value lies in a chunk, as it was read: what a field keeps until the row's checks, instead of a copy of the
/// reader at it. A <see cref="Utf8JsonReader"/> is a large struct holding references, and the several copies a row's
/// fields took, each through the runtime's write barriers, were a fifth of the chunk's reading. Plain text (a string
/// with no escapes, valid UTF-8) is read straight from the bytes; anything else goes through a reader over the value
/// alone, so that it reads, compares and fails exactly as the reader does.
/// </summary>
internal readonly struct JsonSpot
{
    private readonly int start;
    private readonly int end;
    private readonly bool escaped;

    private JsonSpot(JsonTokenType type, int start, int end, bool escaped)
    {
        Type = type;
        this.start = start;
        this.end = end;
        this.escaped = escaped;
    }

    /// <summary>The token the value starts with; <see cref="JsonTokenType.None"/> for no value (an absent field).</summary>
    public JsonTokenType Type { get; }

    /// <summary>
    /// The value at <paramref name="reader"/>, whose positions lie <paramref name="offset"/> bytes into the chunk; leaves the
    /// reader at the value's last token.
    /// </summary>
    public static JsonSpot Of(ref Utf8JsonReader reader, int offset)
    {
        JsonTokenType type = reader.TokenType;
        int start = offset + (int)reader.TokenStartIndex;
        bool escaped = type == JsonTokenType.String && reader.ValueIsEscaped;
        reader.Skip();
        return new JsonSpot(type, start, offset + (int)reader.BytesConsumed, escaped);
    }

    /// <summary>The property name at <paramref name="reader"/>, as a string value; leaves the reader where it is.</summary>
    public static JsonSpot OfName(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex; // the opening quote
        return new JsonSpot(JsonTokenType.String, start, start + reader.ValueSpan.Length + 2, reader.ValueIsEscaped);
    }

    /// <summary>Where the value starts in the chunk.</summary>
    public int Start => start;

    /// <summary>How many bytes of the chunk the value takes.</summary>
    public int Length => end - start;

    /// <summary>A string's text as UTF-8, when it is plain: no escapes, and valid UTF-8.</summary>
    public bool IsPlainText(ReadOnlySpan<byte> chunk, out ReadOnlySpan<byte> utf8)
    {
        utf8 = Type == JsonTokenType.String ? chunk[(start + 1)..(end - 1)] : default; // inside the quotes
        return Type == JsonTokenType.String && !escaped && Utf8.IsValid(utf8);
    }

    /// <summary>A string's bytes between its quotes, escapes as sent: equal for equal text only when neither is escaped.</summary>
    public ReadOnlySpan<byte> RawText(ReadOnlySpan<byte> chunk) => chunk[(start + 1)..(end - 1)];

    /// <summary>True for a string with escapes, whose bytes are not its text.</summary>
    public bool IsEscaped => escaped;

    /// <summary>Whether the value is an object with nothing in it but whitespace: <c>{}</c>, as an enum entry's field has.</summary>
    public bool IsEmptyObject(ReadOnlySpan<byte> chunk) =>
        Type == JsonTokenType.StartObject && chunk[(start + 1)..(end - 1)].IndexOfAnyExcept(" \t\r\n"u8) < 0; // the reader read it whole

    /// <summary>A reader over the value alone, at its first token; its positions lie <see cref="Start"/> bytes into the chunk.</summary>
    public Utf8JsonReader Reader(ReadOnlySpan<byte> chunk)
    {
        var reader = new Utf8JsonReader(chunk[start..end], ManifestItemReader.ReaderOptions);
        reader.Read();
        return reader;
    }

    /// <summary>The string's text, as <see cref="Utf8JsonReader.GetString"/> gives it (and fails it).</summary>
    public string GetString(ReadOnlySpan<byte> chunk)
    {
        if (IsPlainText(chunk, out ReadOnlySpan<byte> utf8))
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        Utf8JsonReader reader = Reader(chunk);
        return reader.GetString()!;
    }

    /// <summary>Whether the string's text is <paramref name="utf8"/>, as <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> finds it.</summary>
    public bool TextEquals(ReadOnlySpan<byte> chunk, ReadOnlySpan<byte> utf8)
    {
        if (Type != JsonTokenType.String)
        {
            return false;
        }

        if (!escaped)
        {
            return RawText(chunk).SequenceEqual(utf8);
        }

        Utf8JsonReader reader = Reader(chunk);
        return reader.ValueTextEquals(utf8);
    }

    /// <summary>Whether the string's text is <paramref name="text"/>, as <see cref="Utf8JsonReader.ValueTextEquals(string)"/> finds it.</summary>
    public bool TextEquals(ReadOnlySpan<byte> chunk, string text)
    {
        if (Type != JsonTokenType.String)
        {
            return false;
        }

        ReadOnlySpan<byte> raw = RawText(chunk);
        if (!escaped && raw.Length >= text.Length && raw.Length <= text.Length * 3)
        {
            Span<byte> buffer = raw.Length <= 256 ? stackalloc byte[raw.Length] : new byte[raw.Length];
            return Utf8.FromUtf16(text, buffer, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
                && buffer[..written].SequenceEqual(raw);
        }

        if (!escaped)
        {
            return false; // no UTF-16 text of this length has that many UTF-8 bytes
        }

        Utf8JsonReader reader = Reader(chunk);
        return reader.ValueTextEquals(text);
    }
}
