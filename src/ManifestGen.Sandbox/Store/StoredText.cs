using System;
using System.Text;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// A stored row's text: a string, or the UTF-8 bytes of one in the uploaded chunk it was read from, decoded each time
/// it is read. A stored row outlives every collection, and an import's row data and attachment values as strings were
/// 200 bytes a row for the collector to copy, for text that is read back rarely, if at all. In memory, the chunk's
/// array is kept anyway, as the uploaded file's content.
/// </summary>
internal readonly struct StoredText : IEquatable<StoredText>
{
    private readonly string? text;
    private readonly ReadOnlyMemory<byte> utf8;

    public StoredText(string? text)
    {
        this.text = text;
        utf8 = default;
    }

    /// <summary>Valid UTF-8 that stays as it is for as long as the row does; not empty (an empty text is a string).</summary>
    public StoredText(ReadOnlyMemory<byte> utf8)
    {
        text = null;
        this.utf8 = utf8;
    }

    /// <summary>False for no text at all (null), as opposed to an empty one.</summary>
    public bool HasValue => text is not null || !utf8.IsEmpty;

    /// <summary>The text; null for none.</summary>
    public string? Value => text ?? (utf8.IsEmpty ? null : Encoding.UTF8.GetString(utf8.Span));

    public bool Equals(StoredText other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is StoredText other && Equals(other);

    public override int GetHashCode() => Value is { } value ? StringComparer.Ordinal.GetHashCode(value) : 0;
}
