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
    public ManifestValue(ValueKind kind, int start, int length, string? text = null, double number = 0, double[]? numbers = null, string? typeName = null)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Number = number;
        Numbers = numbers;
        TypeName = typeName;
    }

    public ValueKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public string? Text { get; }

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
