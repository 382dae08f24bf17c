using System;
using System.Collections.Generic;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Manifest;

/// <summary>Which of the two manifest forms a file uses.</summary>
internal enum ManifestForm
{
    /// <summary>Not readable as either form.</summary>
    Invalid,

    /// <summary>The Labelbox import array, exactly as uploaded through the Labelbox UI.</summary>
    Array,

    /// <summary>{ "$schema", "name", "dataset", "rows": [ … ] }.</summary>
    Envelope,
}

/// <summary>The JSON type of a metadata value.</summary>
internal enum ValueKind
{
    Missing,
    String,
    Number,
    NumberArray,

    /// <summary>Anything else: an object, a boolean, or an array that is not all numbers.</summary>
    Other,
}

/// <summary>A metadata value as written, with its token span.</summary>
internal readonly struct ManifestValue
{
    /// <summary>When set, a string value is the token's content as written in this text, cut out only when <see cref="Text"/> is read.</summary>
    private readonly string? _source;

    private readonly string? _text;

    public ManifestValue(ValueKind kind, int start, int length, string? text = null, double number = 0, double[]? numbers = null, string? typeName = null)
    {
        Kind = kind;
        Start = start;
        Length = length;
        _text = text;
        _source = null;
        Number = number;
        Numbers = numbers;
        TypeName = typeName;
    }

    private ManifestValue(string source, int start, int length)
        : this(ValueKind.String, start, length) => _source = source;

    /// <summary>
    /// A string value without escapes, left in <paramref name="source"/> (see <see cref="Json.Spanned.InPlace"/>): a value
    /// that fits its field is then checked on <see cref="TextSpan"/> and never copied.
    /// </summary>
    public static ManifestValue InPlaceString(string source, int start, int length) => new(source, start, length);

    public ValueKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>A string value; one left in place is cut out of the text on every read, so read it for messages only.</summary>
    public string? Text => _text ?? _source?.Substring(Start + 1, Length - 2);

    /// <summary>A string value's characters without a copy; empty for other kinds.</summary>
    public ReadOnlySpan<char> TextSpan => _source != null ? _source.AsSpan(Start + 1, Length - 2) : _text.AsSpan();

    public double Number { get; }

    public double[]? Numbers { get; }

    /// <summary>"a boolean", "an object"… for messages about an <see cref="ValueKind.Other"/> value.</summary>
    public string? TypeName { get; }
}

internal sealed class ManifestMetadata
{
    public int Start { get; set; }

    public Spanned Name { get; set; }

    public Spanned SchemaId { get; set; }

    public ManifestValue Value { get; set; }
}

internal sealed class ManifestAttachment
{
    public int Start { get; set; }

    public Spanned Type { get; set; }

    public Spanned Value { get; set; }

    public Spanned Name { get; set; }
}

internal sealed class ManifestRow
{
    public int Start { get; set; }

    public Spanned RowData { get; set; }

    public Spanned GlobalKey { get; set; }

    public Spanned ExternalId { get; set; }

    public Spanned MediaType { get; set; }

    public List<ManifestMetadata>? Metadata { get; set; }

    public List<ManifestAttachment>? Attachments { get; set; }
}

/// <summary>A parsed manifest: its rows and where everything stood in the text.</summary>
internal sealed class ManifestDocument
{
    public ManifestForm Form { get; set; }

    /// <summary>The envelope's "name", if any.</summary>
    public Spanned Name { get; set; }

    /// <summary>The envelope's "dataset", if any.</summary>
    public Spanned Dataset { get; set; }

    /// <summary>The rows array token's offset (the root for the array form).</summary>
    public int RowsStart { get; set; }

    /// <summary>The rows, unless they were handed to a row callback instead of kept.</summary>
    public List<ManifestRow> Rows { get; } = new();

    /// <summary>How many rows were read, kept or not.</summary>
    public int RowCount { get; set; }

    /// <summary>False when a syntax or structure error stopped the reading: the rows are incomplete.</summary>
    public bool Complete { get; set; }
}
