using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// Collects a described row into a <see cref="DataRowSpec"/>; call <see cref="ToDataRowSpec"/> last.
/// Not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct DataRowSpecSink : IDataRowSink
{
    private string? _rowData;
    private string? _globalKey;
    private List<DataRowMetadata>? _metadata;
    private List<Attachment>? _attachments;

    /// <inheritdoc/>
    public void RowData(string? value, string member) => _rowData = RowValues.RowData(value, member);

    /// <inheritdoc/>
    public void RowData(Uri? value, string member) => RowData(RowValues.Text(value), member);

    /// <inheritdoc/>
    public void RowData(FileInfo? value, string member) => RowData(RowValues.Path(value), member);

    /// <inheritdoc/>
    public void GlobalKey(string? value, string member) => _globalKey = value;

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, string? value)
    {
        if (value != null)
        {
            Add(key, MetadataValue.String(value));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, double? value)
    {
        if (value is { } number)
        {
            Add(key, MetadataValue.FromNumber(RowValues.Number(key, number)));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            Add(key, MetadataValue.FromDateTime(time));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, DateTime? value)
    {
        if (value is { } time)
        {
            Add(key, MetadataValue.FromDateTime(RowValues.DateTime(time)));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, EncodedOption? option)
    {
        if (option != null)
        {
            Add(key, MetadataValue.String(option.Value));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, MetadataOption? option)
    {
        if (option != null)
        {
            (bool byId, string value) = RowValues.Option(key, option);
            (_metadata ??= new()).Add(new DataRowMetadata(byId ? key.SchemaId : null, byId ? null : key.FieldName, MetadataValue.String(value)));
        }
    }

    /// <inheritdoc/>
    public void Embedding(MetadataKey key, IEnumerable<double>? vector)
    {
        if (vector != null)
        {
            var numbers = new List<double>(key.Dimensions);
            foreach (double n in vector)
            {
                numbers.Add(RowValues.VectorNumber(key, numbers.Count, n));
            }

            RowValues.VectorLength(key, numbers.Count);
            Add(key, MetadataValue.FromVector(numbers));
        }
    }

    /// <inheritdoc/>
    public void Embedding(MetadataKey key, IEnumerable<float>? vector) =>
        Embedding(key, vector == null ? null : RowValues.Widen(vector));

    /// <inheritdoc/>
    public void Attachment(AttachmentKey key, string? value)
    {
        if (value != null)
        {
            (_attachments ??= new()).Add(new Attachment(key.Type, value, key.Name));
        }
    }

    /// <inheritdoc/>
    public void Attachment(AttachmentKey key, Uri? value) => Attachment(key, RowValues.Text(value));

    /// <summary>The collected row.</summary>
    /// <returns>The row, with media type IMAGE.</returns>
    public readonly DataRowSpec ToDataRowSpec() =>
        new(_rowData ?? throw new InvalidOperationException("The row was not described: no row data."))
        {
            GlobalKey = _globalKey,
            MediaType = MediaType.Image,
            Metadata = (IReadOnlyList<DataRowMetadata>?)_metadata ?? Array.Empty<DataRowMetadata>(),
            Attachments = (IReadOnlyList<Attachment>?)_attachments ?? Array.Empty<Attachment>(),
        };

    private void Add(MetadataKey key, MetadataValue value) =>
        (_metadata ??= new()).Add(new DataRowMetadata(key.SchemaId, key.SchemaId == null ? key.FieldName : null, value));
}
