using System;
using System.Collections.Generic;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Rows;

namespace ManifestGen.Building;

/// <summary>
/// A <see cref="DataRowSpec"/> as <see cref="RowRules"/> reads it. One instance serves row after row;
/// entries are read by index, since foreach over the row's interface lists boxes an enumerator per row.
/// </summary>
internal sealed class BuiltRowValues : IRowValues
{
    private DataRowSpec? _row;

    /// <summary>An embedding's numbers, copied for the rules; reused while the dimension stays the same.</summary>
    private double[] _numbers = Array.Empty<double>();

    /// <summary>The row read now.</summary>
    public DataRowSpec Row
    {
        get => _row ?? throw new InvalidOperationException("No row is being read.");
        set => _row = value;
    }

    public string? RowData => Row.RowData;

    public ReadOnlySpan<char> RowDataText => Row.RowData.AsSpan();

    public bool HasGlobalKey => Row.GlobalKey != null;

    public ReadOnlySpan<char> GlobalKeyText => Row.GlobalKey.AsSpan();

    public string? MediaType => Row.MediaType?.Value;

    public int MetadataCount => Row.Metadata.Count;

    public int AttachmentCount => Row.Attachments.Count;

    public string? MetadataName(int entry) => Row.Metadata[entry].Name;

    public string? MetadataSchemaId(int entry) => Row.Metadata[entry].SchemaId;

    /// <summary>The value; an embedding's numbers are valid until the next call, which is as long as the rules need them.</summary>
    public ManifestValue MetadataValue(int entry)
    {
        MetadataValue value = Row.Metadata[entry].Value;
        return value.Kind switch
        {
            MetadataValueKind.String => new ManifestValue(ValueKind.String, 0, 0, text: value.Text),
            MetadataValueKind.Number => new ManifestValue(ValueKind.Number, 0, 0, number: value.Number),
            _ => new ManifestValue(ValueKind.NumberArray, 0, 0, numbers: Numbers(value.Vector)),
        };
    }

    /// <summary>A built row has no positions: messages name the first entry of a field so.</summary>
    public string DescribeMetadataEntry(int entry) => "an earlier entry";

    public string? AttachmentType(int entry) => Row.Attachments[entry].TypeName;

    public string? AttachmentValue(int entry) => Row.Attachments[entry].Value;

    public ReadOnlySpan<char> AttachmentValueText(int entry) => Row.Attachments[entry].Value.AsSpan();

    private double[] Numbers(IReadOnlyList<double> vector)
    {
        if (_numbers.Length != vector.Count)
        {
            _numbers = new double[vector.Count];
        }

        for (int i = 0; i < _numbers.Length; i++)
        {
            _numbers[i] = vector[i];
        }

        return _numbers;
    }
}
