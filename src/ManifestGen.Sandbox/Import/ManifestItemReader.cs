using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Media;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Reads and checks the manifest items (<c>{"id":{"type","value"},"payload":{…}}</c>) of one chunk: all
/// that needs no other row. It changes no shared state (it only looks up uploaded files, a concurrent map),
/// so the chunks of a task are read side by side; one reader serves one chunk's rows, one after the other.
/// Reads the chunk forward with a <see cref="Utf8JsonReader"/>, no document built: parsing into a
/// <see cref="JsonDocument"/> and looking fields up in it was the larger part of a task's reading. Reads only the
/// strings a stored row keeps: the rest is compared in place. Where a field is repeated, its last value counts,
/// as a lookup by name in a document finds it.
/// </summary>
internal sealed class ManifestItemReader
{
    /// <summary>As <see cref="ImportTaskWorker.ReadOptions"/> reads the manifest: the same depth limit, no comments or trailing commas.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = ImportTaskWorker.ReadOptions.MaxDepth };

    private const string MalformedItem = "Malformed item: expected {\"id\": {\"type\": …, \"value\": …}, \"payload\": {…}}";

    private static readonly string[] KeyTypes = ["AUTO", "GKEY", "ID"];

    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    /// <summary>The payload keys the service knows, in the order of <see cref="PayloadFields"/>; those after <see cref="Kept"/> it takes and this sandbox ignores.</summary>
    private static readonly byte[][] Keys =
    [
        "row_data"u8.ToArray(), "global_key"u8.ToArray(), "dataset_id"u8.ToArray(), "metadata_fields"u8.ToArray(), "attachments"u8.ToArray(),
        "external_id"u8.ToArray(), "media_type"u8.ToArray(), "metadata"u8.ToArray(),
        "media_attributes"u8.ToArray(), "embeddings"u8.ToArray(), "created_at"u8.ToArray(), "updated_at"u8.ToArray(), "uid"u8.ToArray(),
    ];

    private const int Kept = 8;

    private readonly SandboxState state;
    private readonly MetadataResolver metadata;
    private readonly List<SandboxAttachment> attachmentList = new();
    private ReadOnlyMemory<byte> chunk;
    private bool textsKept; // the chunk's bytes outlive its rows, so a row's texts can stay in them
    private string? datasetId;
    private string? attachmentName; // the last one, kept by the next row that repeats it instead of an equal new string

    public ManifestItemReader(SandboxState state)
    {
        this.state = state;
        metadata = new MetadataResolver(state.Ontology);
    }

    /// <summary>
    /// True once a row was refused for a row_data that names no uploaded file: a file uploaded later could be the one
    /// it names, and the row would then pass. Every other outcome of a read stays as it is, uploads being only added.
    /// </summary>
    public bool RefusedRowDataNamingNoFile { get; private set; }

    /// <summary>Reads a chunk's items, in order, owned by the caller; null when the chunk is valid JSON but not an array.</summary>
    /// <exception cref="JsonException">The chunk is not valid JSON, wherever in it: no item of it is returned.</exception>
    public ChunkItems? ReadAll(ChunkBytes json, CancellationToken cancellationToken)
    {
        chunk = json.Json;
        textsKept = json.Kept;
        var reader = new Utf8JsonReader(chunk.Span, ReaderOptions);
        ChunkItems? items = null;
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                items = new ChunkItems(chunk.Length);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    items.Add(Read(ref reader), reader.BytesConsumed);
                }
            }
            else
            {
                reader.Skip();
            }

            // Whatever follows the root value is an error, as it is to a document.
            while (reader.Read())
            {
            }

            return items;
        }
        catch
        {
            items?.Dispose();
            throw;
        }
    }

    /// <summary>Reads the item at the reader and leaves the reader at its last token.</summary>
    private ManifestItem Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return ManifestItem.Failed(MalformedItem, default);
        }

        Utf8JsonReader key = default;
        bool payloadIsObject = false;
        RowInput? input = null;
        string? error = null;
        ReadOnlyMemory<byte> payload = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            bool isKey = reader.ValueTextEquals("id"u8);
            bool isPayload = !isKey && reader.ValueTextEquals("payload"u8);
            reader.Read();
            if (isKey)
            {
                key = reader;
            }
            else if (isPayload && reader.TokenType == JsonTokenType.StartObject)
            {
                int start = (int)reader.TokenStartIndex;
                error = null;
                input = ReadPayload(ref reader, ref error);
                payload = chunk.Slice(start, (int)reader.BytesConsumed - start);
                payloadIsObject = true;
                continue; // ReadPayload left the reader at the payload's end
            }
            else if (isPayload)
            {
                payloadIsObject = false;
            }

            reader.Skip();
        }

        if (key.TokenType != JsonTokenType.StartObject || !payloadIsObject)
        {
            return ManifestItem.Failed(MalformedItem, default);
        }

        if (input is null)
        {
            return ManifestItem.Failed(error!, payload);
        }

        try
        {
            (string keyType, string keyValue) = ReadKey(key, input.Value.GlobalKey);
            return new ManifestItem(input.Value, keyType, keyValue, null, payload);
        }
        catch (InvalidOperationException e)
        {
            return ManifestItem.Failed("Malformed item: " + e.Message, payload);
        }
    }

    /// <summary>The key's type and value, from the reader at the key object.</summary>
    private static (string Type, string Value) ReadKey(Utf8JsonReader key, string? globalKey)
    {
        Utf8JsonReader type = default;
        Utf8JsonReader value = default;
        while (key.Read() && key.TokenType != JsonTokenType.EndObject)
        {
            int field = key.ValueTextEquals("type"u8) ? 0 : key.ValueTextEquals("value"u8) ? 1 : -1;
            key.Read();
            switch (field)
            {
                case 0: type = key; break;
                case 1: value = key; break;
            }

            key.Skip();
        }

        string keyType = JsonValues.Known(ref type, KeyTypes) ?? (type.TokenType == JsonTokenType.String ? type.GetString()! : string.Empty);
        string keyValue = value.TokenType == JsonTokenType.String ? JsonValues.GetString(ref value, globalKey) : string.Empty;
        return (keyType, keyValue);
    }

    /// <summary>The payload's fields, each a reader at its value (none when absent), found in one pass over it.</summary>
    private ref struct PayloadFields
    {
        public Utf8JsonReader RowData;
        public Utf8JsonReader GlobalKey;
        public Utf8JsonReader DatasetId;
        public Utf8JsonReader MetadataFields;
        public Utf8JsonReader Attachments;
        public Utf8JsonReader ExternalId;
        public Utf8JsonReader MediaType;
        public Utf8JsonReader Metadata;
        public List<string>? Unknown;
    }

    /// <summary>
    /// Reads and checks what needs no other row: keys, row_data, media type, metadata, attachments. Leaves the reader
    /// at the payload's end, also when a string cannot be read as text.
    /// </summary>
    private RowInput? ReadPayload(ref Utf8JsonReader reader, ref string? error)
    {
        Utf8JsonReader start = reader;
        try
        {
            PayloadFields fields = Fields(ref reader);
            return ReadFields(ref fields, ref error);
        }
        catch (InvalidOperationException e)
        {
            // A string (or field name) with an escaped lone surrogate, such as "\ud800", parses but cannot be
            // read as text: that row fails, not the task.
            reader = start;
            reader.Skip();
            error = "Malformed item: " + e.Message;
            return null;
        }
    }

    private static PayloadFields Fields(ref Utf8JsonReader reader)
    {
        var fields = default(PayloadFields);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Compared in place, escapes and all: no string per property of every row.
            int key = 0;
            while (key < Keys.Length && !reader.ValueTextEquals(Keys[key]))
            {
                key++;
            }

            if (key == Keys.Length)
            {
                (fields.Unknown ??= new List<string>()).Add(reader.GetString()!);
            }

            reader.Read();
            switch (key)
            {
                case 0: fields.RowData = reader; break;
                case 1: fields.GlobalKey = reader; break;
                case 2: fields.DatasetId = reader; break;
                case 3: fields.MetadataFields = reader; break;
                case 4: fields.Attachments = reader; break;
                case 5: fields.ExternalId = reader; break;
                case 6: fields.MediaType = reader; break;
                case 7: fields.Metadata = reader; break;
            }

            reader.Skip();
        }

        return fields;
    }

    private RowInput? ReadFields(ref PayloadFields fields, ref string? error)
    {
        if (fields.Unknown is { } unknown)
        {
            error = "Field(s) " + string.Join(", ", unknown.ConvertAll(n => "'" + n + "'")) + " not valid on DB type 'DataRow'";
            return null;
        }

        string? rowDatasetId = OptionalString(ref fields.DatasetId, "dataset_id", datasetId, ref error);
        datasetId = rowDatasetId ?? datasetId;
        string? globalKey = OptionalString(ref fields.GlobalKey, "global_key", null, ref error);
        string? externalId = OptionalString(ref fields.ExternalId, "external_id", null, ref error);
        // A known media type is matched in place; any other string is read only to be named in the error.
        string? mediaType = JsonValues.Known(ref fields.MediaType, MediaTypes.All);
        if (mediaType is null && OptionalString(ref fields.MediaType, "media_type", null, ref error) is { } given)
        {
            error ??= "Found invalid media type: '" + given + "'";
        }

        if (error is not null)
        {
            return null;
        }

        if (globalKey is not null && GlobalKeys.Check(globalKey) is { } reason)
        {
            error = "Invalid global key '" + globalKey + "': " + reason;
            return null;
        }

        StoredText rowData = default;
        switch (fields.RowData.TokenType)
        {
            case JsonTokenType.String:
                rowData = Text(ref fields.RowData, out ReadOnlySpan<byte> utf8);
                error = CheckRowData(utf8, mediaType);
                RefusedRowDataNamingNoFile |= error is not null;
                rowData = utf8.IsEmpty ? default : rowData;
                break;
            case JsonTokenType.StartObject:
                rowData = new StoredText(RawText(fields.RowData));
                break;
            case JsonTokenType.Null or JsonTokenType.None:
                break;
            default:
                error = "row_data must be a string or an object";
                break;
        }

        CheckList(fields.MetadataFields.TokenType, "metadata_fields", ref error);
        CheckList(fields.Metadata.TokenType, "metadata", ref error);
        if (error is not null)
        {
            return null;
        }

        IReadOnlyList<SandboxMetadataValue>? values = null;
        if (fields.MetadataFields.TokenType == JsonTokenType.StartArray || fields.Metadata.TokenType == JsonTokenType.StartArray)
        {
            values = metadata.Resolve(fields.MetadataFields, fields.Metadata, ref error);
            if (values is null)
            {
                return null;
            }
        }

        IReadOnlyList<SandboxAttachment>? attachments = null;
        if (fields.Attachments.TokenType is not (JsonTokenType.None or JsonTokenType.Null))
        {
            attachments = ReadAttachments(fields.Attachments, ref error);
            if (attachments is null)
            {
                return null;
            }
        }

        return new RowInput(rowDatasetId, rowData, globalKey, externalId, mediaType, values, attachments);
    }

    /// <summary>A value's JSON text as sent; read through a document, as it was, so that text which is not valid UTF-8 fails the same way.</summary>
    private string RawText(Utf8JsonReader value)
    {
        int start = (int)value.TokenStartIndex;
        value.Skip();
        using JsonDocument document = JsonDocument.Parse(chunk.Slice(start, (int)value.BytesConsumed - start), ImportTaskWorker.ReadOptions);
        return document.RootElement.GetRawText();
    }

    /// <summary>A metadata list must be a list when given (null counts as absent).</summary>
    private static void CheckList(JsonTokenType list, string name, ref string? error)
    {
        if (list is not (JsonTokenType.None or JsonTokenType.Null or JsonTokenType.StartArray))
        {
            error ??= name + " must be a list";
        }
    }

    /// <summary>
    /// The string at the reader as a row keeps it, and its text as UTF-8, unescaped. Kept as a slice of the chunk when
    /// the chunk outlives the row and the text needs no unescaping; any other text becomes a string, and text that
    /// is not valid UTF-8 fails as <see cref="Utf8JsonReader.GetString"/> fails it.
    /// </summary>
    private StoredText Text(ref Utf8JsonReader value, out ReadOnlySpan<byte> utf8)
    {
        if (value.ValueIsEscaped)
        {
            string text = value.GetString()!;
            utf8 = Encoding.UTF8.GetBytes(text);
            return new StoredText(text);
        }

        utf8 = value.ValueSpan;
        return textsKept && !utf8.IsEmpty && Utf8.IsValid(utf8)
            ? new StoredText(chunk.Slice((int)value.TokenStartIndex + 1, utf8.Length)) // after the opening quote
            : new StoredText(value.GetString());
    }

    /// <summary>
    /// The service's row_data rules. A URL this sandbox handed out for an uploaded file is exempt: on loopback
    /// it is plain http, where Labelbox's own signed storage URLs are https, and a client must be able to use it.
    /// Checked on the characters in a buffer: the row data becomes a string only for a message.
    /// </summary>
    private string? CheckRowData(ReadOnlySpan<byte> utf8, string? mediaType)
    {
        char[]? rented = null;
        Span<char> buffer = utf8.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            ReadOnlySpan<char> rowData = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
            if (FileUrls.Resolve(state, rowData) is not null)
            {
                return null;
            }

            if (rowData.StartsWith("s3:/", StringComparison.OrdinalIgnoreCase))
            {
                return "row_data: s3 assets must start with 'https'.";
            }

            int scheme = rowData.IndexOf("://", StringComparison.Ordinal);
            bool hasScheme = scheme > 0 && rowData[..scheme].IndexOfAnyExcept(SchemeCharacters) < 0;
            if (hasScheme && !rowData.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return "row_data: assets must start with 'https'. Found '" + rowData.ToString() + "'";
            }

            if (!hasScheme && rowData.Length > 0 && (mediaType is null || mediaType == MediaTypes.Image))
            {
                return "row_data must be an https URL for media type 'IMAGE'. Found '" + rowData.ToString() + "'";
            }

            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private SandboxAttachment[]? ReadAttachments(Utf8JsonReader list, ref string? error)
    {
        if (list.TokenType != JsonTokenType.StartArray)
        {
            error = "Attachments must be a list. Found " + JsonValues.KindOf(list.TokenType).ToString().ToLowerInvariant();
            return null;
        }

        attachmentList.Clear();
        while (list.Read() && list.TokenType != JsonTokenType.EndArray)
        {
            Utf8JsonReader typeElement = default;
            Utf8JsonReader valueElement = default;
            Utf8JsonReader nameElement = default;
            if (list.TokenType == JsonTokenType.StartObject)
            {
                while (list.Read() && list.TokenType != JsonTokenType.EndObject)
                {
                    int field = list.ValueTextEquals("type"u8) ? 0 : list.ValueTextEquals("value"u8) ? 1 : list.ValueTextEquals("name"u8) ? 2 : -1;
                    list.Read();
                    switch (field)
                    {
                        case 0: typeElement = list; break;
                        case 1: valueElement = list; break;
                        case 2: nameElement = list; break;
                    }

                    list.Skip();
                }
            }
            else
            {
                list.Skip();
            }

            string? type = JsonValues.Known(ref typeElement, AttachmentTypes.All);
            StoredText value = valueElement.TokenType == JsonTokenType.String ? Text(ref valueElement, out _) : default;
            string? name = nameElement.TokenType == JsonTokenType.String
                ? attachmentName = JsonValues.GetString(ref nameElement, attachmentName)
                : null;
            if (type is null)
            {
                error = "attachment_type must be one of {" + string.Join(", ", AttachmentTypes.All) + "}. Found "
                    + (typeElement.TokenType == JsonTokenType.String ? typeElement.GetString() : "nothing");
                return null;
            }

            if (!value.HasValue || valueElement.ValueSpan.IsEmpty)
            {
                error = "Attachment value must be a non-empty string, got: ''"; // null and empty alike
                return null;
            }

            attachmentList.Add(new SandboxAttachment(type, string.Empty, name) { ValueText = value });
        }

        return attachmentList.ToArray();
    }

    /// <summary>A string field; <paramref name="previous"/> is returned instead of an equal new string.</summary>
    private static string? OptionalString(ref Utf8JsonReader value, string name, string? previous, ref string? error)
    {
        if (value.TokenType is JsonTokenType.None or JsonTokenType.Null)
        {
            return null;
        }

        if (value.TokenType != JsonTokenType.String)
        {
            error ??= name + " must be a string";
            return null;
        }

        return JsonValues.GetString(ref value, previous);
    }
}
