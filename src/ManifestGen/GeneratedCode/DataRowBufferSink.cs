using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// Writes a described row into an <see cref="ImportJsonBuffer"/> as one compact import-file object, byte
/// for byte what <see cref="DataRowJsonSink"/> writes through a compact writer, but from pre-encoded parts;
/// call <see cref="End"/> last. Not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct DataRowBufferSink : IDataRowSink
{
    private readonly ImportJsonBuffer _buffer;
    private RowPart _part;

    /// <summary>Creates a sink over <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Where the row goes.</param>
    public DataRowBufferSink(ImportJsonBuffer buffer)
    {
        _buffer = buffer ?? throw new ArgumentNullException(nameof(buffer));
        _part = RowPart.Header;
    }

    /// <inheritdoc/>
    public readonly void RowData(string? value, string member)
    {
        string text = RowValues.RowData(value, member);
        _buffer.StartRow();
        _buffer.Raw("\"row_data\":"u8);
        _buffer.String(text, member);
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
            _buffer.Raw(",\"global_key\":"u8);
            _buffer.String(value, member);
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, string? value)
    {
        if (value != null)
        {
            StartField(key.ById);
            _buffer.String(value, key.Member);
            _buffer.Raw("}"u8);
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, double? value)
    {
        if (value is { } number)
        {
            double finite = RowValues.Number(key, number);
            StartField(key.ById);
            _buffer.Number(finite);
            _buffer.Raw("}"u8);
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            Span<byte> utf8 = stackalloc byte[Rules.Metadata.IsoDateTimes.WireLength];
            int written = RowValues.FormatUtc(time, utf8);
            StartField(key.ById);
            _buffer.PlainString(utf8.Slice(0, written));
            _buffer.Raw("}"u8);
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
            StartField(key.ById);
            _buffer.Raw(option.Quoted);
            _buffer.Raw("}"u8);
        }
    }

    /// <inheritdoc/>
    public void Metadata(MetadataKey key, MetadataOption? option)
    {
        if (option != null)
        {
            (bool byId, string value) = RowValues.Option(key, option);
            StartField(byId ? key.ById : key.ByName);
            _buffer.String(value, key.Member);
            _buffer.Raw("}"u8);
        }
    }

    /// <inheritdoc/>
    public void Embedding(MetadataKey key, IEnumerable<double>? vector)
    {
        if (vector != null)
        {
            StartField(key.ById);
            _buffer.Raw("["u8);
            int count = 0;
            foreach (double n in vector)
            {
                double finite = RowValues.VectorNumber(key, count, n);
                if (count++ > 0)
                {
                    _buffer.Raw(","u8);
                }

                _buffer.Number(finite);
            }

            RowValues.VectorLength(key, count);
            _buffer.Raw("]}"u8);
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
            Enter(RowPart.Attachments);
            _buffer.Raw(key.Head);
            _buffer.String(value, key.Member);
            _buffer.Raw(key.Tail);
        }
    }

    /// <inheritdoc/>
    public void Attachment(AttachmentKey key, Uri? value) => Attachment(key, RowValues.Text(value));

    /// <summary>Closes the row's object.</summary>
    public void End()
    {
        Enter(RowPart.Done);
        _buffer.Raw("}"u8);
    }

    private void StartField(byte[] head)
    {
        Enter(RowPart.Metadata);
        _buffer.Raw(head);
    }

    private void Enter(RowPart part)
    {
        if (_part == part)
        {
            _buffer.Raw(","u8);
            return;
        }

        _buffer.Raw(Between(_part, part));
        _part = part;
    }

    // The bytes between two parts of a row: the media type after the header, then the arrays, each
    // opened at its first element and closed when the next part starts.
    private static ReadOnlySpan<byte> Between(RowPart from, RowPart to) => (from, to) switch
    {
        (RowPart.Header, RowPart.Metadata) => ",\"media_type\":\"IMAGE\",\"metadata_fields\":["u8,
        (RowPart.Header, RowPart.Attachments) => ",\"media_type\":\"IMAGE\",\"attachments\":["u8,
        (RowPart.Header, _) => ",\"media_type\":\"IMAGE\""u8,
        (_, RowPart.Metadata) => "],\"metadata_fields\":["u8,
        (_, RowPart.Attachments) => "],\"attachments\":["u8,
        _ => "]"u8,
    };
}
