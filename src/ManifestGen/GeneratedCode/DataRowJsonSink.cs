using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text.Json;
using ManifestGen.Json;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// Writes a described row straight to a <see cref="Utf8JsonWriter"/> as one import-file object, in the
/// shape <see cref="ImportManifest.WriteJson(Stream, bool)"/> writes; call <see cref="End"/> last.
/// Not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct DataRowJsonSink : IDataRowSink
{
    private const byte HeaderPending = 0;
    private const byte HeaderWritten = 1;
    private const byte InMetadata = 2;
    private const byte InAttachments = 3;

    private readonly Utf8JsonWriter _writer;
    private byte _state;

    /// <summary>Creates a sink over <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the row goes.</param>
    public DataRowJsonSink(Utf8JsonWriter writer)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _state = HeaderPending;
    }

    /// <inheritdoc/>
    public readonly void RowData(string? value, string member)
    {
        _writer.WriteStartObject();
        _writer.WriteString(ImportJsonWriter.RowData, RowValues.Writable(RowValues.RowData(value, member), member));
    }

    /// <inheritdoc/>
    public readonly void RowData(Uri? value, string member) => RowData(RowValues.Text(value), member);

    /// <inheritdoc/>
    public readonly void RowData(FileInfo? value, string member) => RowData(RowValues.Path(value), member);

    /// <inheritdoc/>
    public readonly void GlobalKey(string? value, string member)
    {
        if (value != null)
        {
            _writer.WriteString(ImportJsonWriter.GlobalKey, RowValues.Writable(value, member));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, string? value)
    {
        if (value != null)
        {
            StartField(key, byId: key.SchemaId != null);
            _writer.WriteString(ImportJsonWriter.Value, RowValues.Writable(value, key.Member));
            _writer.WriteEndObject();
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, double? value)
    {
        if (value is { } number)
        {
            StartField(key, byId: key.SchemaId != null);
            _writer.WriteNumber(ImportJsonWriter.Value, RowValues.Number(key, number));
            _writer.WriteEndObject();
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            // Formatted into the stack, not a string: this runs once per row in bulk writes.
            Span<byte> utf8 = stackalloc byte[Rules.Metadata.IsoDateTimes.WireLength];
            int written = RowValues.FormatUtc(time, utf8);
            StartField(key, byId: key.SchemaId != null);
            _writer.WriteString(ImportJsonWriter.Value, utf8.Slice(0, written));
            _writer.WriteEndObject();
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, DateTime? value)
    {
        if (value is { } time)
        {
            Metadata(key, RowValues.DateTime(time));
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, EncodedOption? option)
    {
        if (option != null)
        {
            StartField(key, byId: key.SchemaId != null);
            _writer.WriteString(ImportJsonWriter.Value, option.Encoded);
            _writer.WriteEndObject();
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, MetadataOption? option)
    {
        if (option != null)
        {
            (bool byId, string value) = RowValues.Option(key, option);
            StartField(key, byId);
            _writer.WriteString(ImportJsonWriter.Value, RowValues.Writable(value, key.Member));
            _writer.WriteEndObject();
        }
    }

    /// <inheritdoc/>
    public void Embedding(MetadataKey key, IEnumerable<double>? vector)
    {
        if (vector != null)
        {
            StartField(key, byId: key.SchemaId != null);
            _writer.WriteStartArray(ImportJsonWriter.Value);
            int count = 0;
            foreach (double n in vector)
            {
                _writer.WriteNumberValue(RowValues.VectorNumber(key, count++, n));
            }

            RowValues.VectorLength(key, count);
            _writer.WriteEndArray();
            _writer.WriteEndObject();
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
            Enter(InAttachments);
            _writer.WriteStartObject();
            _writer.WriteString(ImportJsonWriter.Type, key.EncodedType);
            _writer.WriteString(ImportJsonWriter.Value, RowValues.Writable(value, key.Member));
            if (key.Name != null)
            {
                _writer.WriteString(ImportJsonWriter.Name, key.EncodedName);
            }

            _writer.WriteEndObject();
        }
    }

    /// <inheritdoc/>
    public void Attachment(AttachmentKey key, Uri? value) => Attachment(key, RowValues.Text(value));

    /// <summary>Closes the row's object.</summary>
    public void End()
    {
        Enter(HeaderWritten);
        _writer.WriteEndObject();
    }

    private void StartField(MetadataKey key, bool byId)
    {
        Enter(InMetadata);
        _writer.WriteStartObject();
        if (byId)
        {
            _writer.WriteString(ImportJsonWriter.SchemaId, key.EncodedSchemaId);
        }
        else
        {
            _writer.WriteString(ImportJsonWriter.Name, key.EncodedName);
        }
    }

    // Moves to a later part of the object: the media type once, then the metadata array, then the
    // attachments array, opening and closing arrays only when they have an element.
    private void Enter(byte state)
    {
        if (_state == state)
        {
            return;
        }

        if (_state == HeaderPending)
        {
            _writer.WriteString(ImportJsonWriter.MediaTypeName, ImportJsonWriter.ImageMediaType);
        }
        else if (_state != HeaderWritten)
        {
            _writer.WriteEndArray();
        }

        if (state == InMetadata)
        {
            _writer.WriteStartArray(ImportJsonWriter.MetadataFields);
        }
        else if (state == InAttachments)
        {
            _writer.WriteStartArray(ImportJsonWriter.Attachments);
        }

        _state = state;
    }
}
