using System;
using System.Collections.Generic;
using System.Globalization;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// Reads a `.lbx.json` manifest in either form into rows, reporting every structural problem at
/// its token. It never throws: malformed, truncated, binary, huge or deeply nested input ends in
/// diagnostics and an incomplete document.
/// </summary>
internal sealed class ManifestParser
{
    private readonly JsonCursor _cursor;
    private readonly StructureReader _reader;
    private readonly ManifestStructureProblems _problems;
    private readonly ManifestDocument _doc = new();
    private readonly Action<ManifestRow>? _onRow;
    private readonly RowRecycler? _recycler;

    // Made once: a method group passed per row would allocate a delegate each time (12 MB over 100,000 rows).
    private readonly Func<ManifestMetadata> _readMetadata;
    private readonly Func<ManifestAttachment> _readAttachment;
    private bool _rowsUnreadable;

    private ManifestParser(string text, ProblemSink sink, Action<ManifestRow>? onRow)
    {
        _onRow = onRow;
        _recycler = onRow == null ? null : new RowRecycler();
        _cursor = new JsonCursor(text, ManifestLimits.MaxDepth);
        _problems = new ManifestStructureProblems(sink, text.Length);
        _reader = new StructureReader(_cursor, _problems);
        _readMetadata = ReadMetadata;
        _readAttachment = ReadAttachment;
    }

    /// <summary>Reads the manifest, keeping every row in <see cref="ManifestDocument.Rows"/>.</summary>
    public static ManifestDocument Parse(string text, ProblemSink sink) => Parse(text, sink, null);

    /// <summary>
    /// Reads the manifest, handing each row to <paramref name="onRow"/> as soon as it is read instead
    /// of keeping it (when not null): the rows of a large file then die young and cost little.
    /// </summary>
    public static ManifestDocument Parse(string text, ProblemSink sink, Action<ManifestRow>? onRow)
    {
        if (text.Length > ManifestLimits.MaxChars)
        {
            sink.Add(RuleCatalog.OverLimit, 0, 0,
                "The file has " + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters and a manifest may have at most "
                + ManifestLimits.MaxChars.ToString("N0", CultureInfo.InvariantCulture) + "; split it into several manifests");
            return new ManifestDocument();
        }

        var parser = new ManifestParser(text, sink, onRow);
        parser.ReadDocument();
        return parser._doc;
    }

    private void ReadDocument()
    {
        try
        {
            if (IsBlank(_cursor.Text))
            {
                _problems.Syntax(0, "the file is empty; a manifest is a JSON array of rows, e.g. [ { \"row_data\": \"https://…/image.jpg\" } ]");
                return;
            }

            JsonKind kind = _cursor.PeekValue();
            int rootStart = _cursor.Position;
            if (kind == JsonKind.Array)
            {
                _doc.Form = ManifestForm.Array;
                _doc.RowsStart = rootStart;
                _cursor.EnterArray();
                ReadRows();
            }
            else if (kind == JsonKind.Object)
            {
                ReadEnvelope(rootStart);
            }
            else
            {
                _cursor.SkipValue();
                _problems.WrongRoot(rootStart, _cursor.Position - rootStart, "it is " + StructureReader.Describe(kind));
            }

            _cursor.ExpectEnd();
            _doc.Complete = _doc.Form != ManifestForm.Invalid && !_rowsUnreadable;
        }
        catch (JsonSyntaxException e)
        {
            _problems.EndDefer(report: true);
            if (e.OverLimit)
            {
                _problems.OverLimit(e.Position, e.Message);
            }
            else
            {
                _problems.Syntax(e.Position, e.Message);
            }
        }
    }

    private void ReadEnvelope(int start)
    {
        _cursor.EnterObject();
        // A root object without "rows" is usually one row that lost its brackets; then its row
        // keys are not "unknown envelope properties", and one LBX0002 says what to do.
        _problems.Defer();
        bool hasRows = false;
        ulong seen = 0;
        int count = 0;
        while (_cursor.NextProperty(ref count, out JsonString name))
        {
            switch (_reader.Identify(name, ManifestKeys.Envelope, ref seen, "the manifest envelope"))
            {
                case ManifestKeys.EnvelopeKey.Schema:
                    _reader.ReadString("$schema");
                    break;
                case ManifestKeys.EnvelopeKey.Name:
                    _doc.Name = _reader.ReadString("name");
                    break;
                case ManifestKeys.EnvelopeKey.Dataset:
                    _doc.Dataset = _reader.ReadString("dataset");
                    break;
                case ManifestKeys.EnvelopeKey.Rows:
                    // "rows": null counts as absent, like every other null.
                    hasRows |= _cursor.PeekValue() != JsonKind.Null;
                    _doc.RowsStart = _cursor.Position;
                    if (_reader.EnterArray("rows"))
                    {
                        ReadRows();
                    }
                    else
                    {
                        // Already reported as a wrong type; "no rows" on top would say it twice.
                        _rowsUnreadable = hasRows;
                    }

                    break;
                default:
                    _cursor.SkipValue();
                    break;
            }
        }

        _problems.EndDefer(report: hasRows);
        if (hasRows)
        {
            _doc.Form = ManifestForm.Envelope;
        }
        else
        {
            _problems.WrongRoot(start, 1, "this object has no \"rows\" array; to import a single row, put it inside [ ]");
        }
    }

    private void ReadRows()
    {
        int count = 0;
        while (_cursor.NextElement(ref count))
        {
            JsonKind kind = _cursor.PeekValue();
            if (kind == JsonKind.Object)
            {
                ManifestRow row = ReadRow();
                _doc.RowCount++;
                if (_onRow != null)
                {
                    _onRow(row);
                }
                else
                {
                    _doc.Rows.Add(row);
                }
            }
            else
            {
                _reader.SkipUnexpected(kind, "rows[" + (count - 1).ToString(CultureInfo.InvariantCulture) + "]", "an object");
            }
        }
    }

    private ManifestRow ReadRow()
    {
        ManifestRow row = _recycler?.NextRow() ?? new ManifestRow();
        row.Start = _cursor.Position;
        _cursor.EnterObject();
        ulong seen = 0;
        int count = 0;
        while (_cursor.NextProperty(ref count, out JsonString name))
        {
            switch (_reader.Identify(name, ManifestKeys.Row, ref seen, "a row"))
            {
                case ManifestKeys.RowKey.RowData:
                    row.RowData = ReadCheckedString("row_data");
                    break;
                case ManifestKeys.RowKey.GlobalKey:
                    row.GlobalKey = ReadCheckedString("global_key");
                    break;
                case ManifestKeys.RowKey.ExternalId:
                    row.ExternalId = _reader.ReadString("external_id");
                    break;
                case ManifestKeys.RowKey.MediaType:
                    row.MediaType = _reader.ReadString("media_type", Media.MediaTypes.All);
                    break;
                case ManifestKeys.RowKey.MetadataFields:
                    row.Metadata = ReadList("metadata_fields", _readMetadata, _recycler?.MetadataList());
                    break;
                case ManifestKeys.RowKey.Attachments:
                    row.Attachments = ReadList("attachments", _readAttachment, _recycler?.AttachmentList());
                    break;
                default:
                    _cursor.SkipValue();
                    break;
            }
        }

        return row;
    }

    private List<T>? ReadList<T>(string property, Func<T> readItem, List<T>? recycled)
    {
        if (!_reader.EnterArray(property))
        {
            return null;
        }

        List<T> items = recycled ?? new List<T>();
        int count = 0;
        while (_cursor.NextElement(ref count))
        {
            JsonKind kind = _cursor.PeekValue();
            if (kind == JsonKind.Object)
            {
                items.Add(readItem());
            }
            else
            {
                _reader.SkipUnexpected(kind, property + "[" + (count - 1).ToString(CultureInfo.InvariantCulture) + "]", "an object");
            }
        }

        return items;
    }

    private ManifestMetadata ReadMetadata()
    {
        ManifestMetadata field = _recycler?.NextMetadata() ?? new ManifestMetadata();
        field.Start = _cursor.Position;
        _cursor.EnterObject();
        ulong seen = 0;
        int count = 0;
        while (_cursor.NextProperty(ref count, out JsonString name))
        {
            switch (_reader.Identify(name, ManifestKeys.Metadata, ref seen, "a metadata field"))
            {
                case ManifestKeys.MetadataEntryKey.Name:
                    field.Name = _reader.ReadString("name", Metadata.ReservedMetadata.Names);
                    break;
                case ManifestKeys.MetadataEntryKey.SchemaId:
                    field.SchemaId = _reader.ReadString("schema_id", Metadata.ReservedMetadata.SchemaIds);
                    break;
                case ManifestKeys.MetadataEntryKey.Value:
                    field.Value = ReadValue();
                    break;
                default:
                    _cursor.SkipValue();
                    break;
            }
        }

        return field;
    }

    private ManifestAttachment ReadAttachment()
    {
        ManifestAttachment attachment = _recycler?.NextAttachment() ?? new ManifestAttachment();
        attachment.Start = _cursor.Position;
        _cursor.EnterObject();
        ulong seen = 0;
        int count = 0;
        while (_cursor.NextProperty(ref count, out JsonString name))
        {
            switch (_reader.Identify(name, ManifestKeys.Attachment, ref seen, "an attachment"))
            {
                case ManifestKeys.AttachmentEntryKey.Type:
                    attachment.Type = _reader.ReadString("type", Attachments.AttachmentTypes.All);
                    break;
                case ManifestKeys.AttachmentEntryKey.Value:
                    attachment.Value = ReadCheckedString("value");
                    break;
                case ManifestKeys.AttachmentEntryKey.Name:
                    attachment.Name = ReadCheckedString("name");
                    break;
                default:
                    _cursor.SkipValue();
                    break;
            }
        }

        return attachment;
    }

    /// <summary>
    /// A value nothing keeps as a string when rows are streamed (the rules check it, the duplicate-key check
    /// keeps its span, or nothing reads it): then left in the text, so that a URL or key that breaks no rule is
    /// never copied out of it.
    /// </summary>
    private Spanned ReadCheckedString(string property) =>
        _onRow != null ? _reader.ReadStringInPlace(property) : _reader.ReadString(property);

    /// <summary>A metadata value: its kind decides which field kinds it can fit, checked later.</summary>
    private ManifestValue ReadValue()
    {
        JsonKind kind = _cursor.PeekValue();
        int start = _cursor.Position;
        switch (kind)
        {
            case JsonKind.String:
                JsonString s = _cursor.ReadString();
                return _onRow != null && !s.HasEscapes
                    ? ManifestValue.InPlaceString(_cursor.Text, start, s.Length)
                    : new ManifestValue(ValueKind.String, start, s.Length, text: _cursor.GetString(s));
            case JsonKind.Number:
                int numberStart = _cursor.ReadNumber(out int end);
                return new ManifestValue(ValueKind.Number, start, end - start, number: _cursor.GetDouble(numberStart, end));
            case JsonKind.Null:
                _cursor.ReadLiteral(kind);
                return new ManifestValue(ValueKind.Missing, start, 4);
            case JsonKind.Array:
                return ReadNumberArray(start);
            default:
                _cursor.SkipValue();
                return new ManifestValue(ValueKind.Other, start, _cursor.Position - start, typeName: StructureReader.Describe(kind));
        }
    }

    private ManifestValue ReadNumberArray(int start)
    {
        _cursor.EnterArray();
        var numbers = new List<double>();
        bool allNumbers = true;
        int count = 0;
        while (_cursor.NextElement(ref count))
        {
            JsonKind kind = _cursor.PeekValue();
            if (kind == JsonKind.Number && allNumbers)
            {
                int numberStart = _cursor.ReadNumber(out int end);
                numbers.Add(_cursor.GetDouble(numberStart, end));
            }
            else
            {
                allNumbers = false;
                _cursor.SkipValue();
            }
        }

        int length = _cursor.Position - start;
        return allNumbers
            ? new ManifestValue(ValueKind.NumberArray, start, length, numbers: numbers.ToArray())
            : new ManifestValue(ValueKind.Other, start, length, typeName: "an array that is not all numbers");
    }

    private static bool IsBlank(string text)
    {
        foreach (char c in text)
        {
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
