using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Json;
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

    private static readonly WordTable KeyTypes = new(["AUTO", "GKEY", "ID"]);

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

    private static readonly byte[][] KeyNames = ["type"u8.ToArray(), "value"u8.ToArray()];
    private static readonly byte[][] AttachmentNames = ["type"u8.ToArray(), "value"u8.ToArray(), "name"u8.ToArray()];

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

        ReadOnlySpan<byte> json = chunk.Span;
        KeyFields key = default;
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
                key = ReadKeyFields(ref reader);
            }
            else if (isPayload && reader.TokenType == JsonTokenType.StartObject)
            {
                int start = (int)reader.TokenStartIndex;
                error = null;
                input = ReadPayload(ref reader, json, ref error);
                payload = chunk.Slice(start, (int)reader.BytesConsumed - start);
                payloadIsObject = true;
            }
            else
            {
                payloadIsObject &= !isPayload;
                reader.Skip();
            }
        }

        if (key.Type != JsonTokenType.StartObject || !payloadIsObject)
        {
            return ManifestItem.Failed(MalformedItem, default);
        }

        if (input is null)
        {
            return ManifestItem.Failed(error!, payload);
        }

        try
        {
            string keyType = Known(key.KeyType, json, KeyTypes) ?? (key.KeyType.Type == JsonTokenType.String ? key.KeyType.GetString(json) : string.Empty);
            string keyValue = key.Value.Type == JsonTokenType.String ? GetString(key.Value, json, input.Value.GlobalKey) : string.Empty;
            return new ManifestItem(input.Value, keyType, keyValue, null, payload);
        }
        catch (InvalidOperationException e)
        {
            return ManifestItem.Failed("Malformed item: " + e.Message, payload);
        }
    }

    /// <summary>An item's key: the value of its <c>id</c>, and that object's <c>type</c> and <c>value</c> (each its last).</summary>
    private struct KeyFields
    {
        public JsonTokenType Type;
        public JsonSpot KeyType;
        public JsonSpot Value;
    }

    /// <summary>The key at the reader, which is left at the key's last token.</summary>
    private static KeyFields ReadKeyFields(ref Utf8JsonReader reader)
    {
        var key = new KeyFields { Type = reader.TokenType };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return key;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            int field = PropertyNames.IndexOf(ref reader, KeyNames);
            reader.Read();
            JsonSpot value = JsonSpot.Of(ref reader, 0);
            switch (field)
            {
                case 0: key.KeyType = value; break;
                case 1: key.Value = value; break;
            }
        }

        return key;
    }

    /// <summary>The payload's fields, each where its value lies (none when absent), found in one pass over it.</summary>
    private struct PayloadFields
    {
        public JsonSpot RowData;
        public JsonSpot GlobalKey;
        public JsonSpot DatasetId;
        public JsonSpot MetadataFields;
        public JsonSpot Attachments;
        public JsonSpot ExternalId;
        public JsonSpot MediaType;
        public JsonSpot Metadata;
        public List<JsonSpot>? Unknown; // the names
    }

    /// <summary>
    /// Reads and checks what needs no other row: keys, row_data, media type, metadata, attachments. Leaves the reader
    /// at the payload's end, also when a string cannot be read as text.
    /// </summary>
    private RowInput? ReadPayload(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, ref string? error)
    {
        var fields = default(PayloadFields);
        Fields(ref reader, ref fields);
        try
        {
            return ReadFields(ref fields, json, ref error);
        }
        catch (InvalidOperationException e)
        {
            // A string (or field name) with an escaped lone surrogate, such as "\ud800", parses but cannot be
            // read as text: that row fails, not the task.
            error = "Malformed item: " + e.Message;
            return null;
        }
    }

    /// <summary>Finds the payload's fields in one pass, leaving the reader at the payload's end. Reads no text, so it fails only on JSON that is not valid.</summary>
    private static void Fields(ref Utf8JsonReader reader, ref PayloadFields fields)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            int key = PropertyNames.IndexOf(ref reader, Keys);
            if (key < 0)
            {
                (fields.Unknown ??= new List<JsonSpot>()).Add(JsonSpot.OfName(ref reader));
            }

            reader.Read();
            JsonSpot value = JsonSpot.Of(ref reader, 0);
            switch (key)
            {
                case 0: fields.RowData = value; break;
                case 1: fields.GlobalKey = value; break;
                case 2: fields.DatasetId = value; break;
                case 3: fields.MetadataFields = value; break;
                case 4: fields.Attachments = value; break;
                case 5: fields.ExternalId = value; break;
                case 6: fields.MediaType = value; break;
                case 7: fields.Metadata = value; break;
            }
        }
    }

    private RowInput? ReadFields(ref PayloadFields fields, ReadOnlySpan<byte> json, ref string? error)
    {
        if (fields.Unknown is { } unknown)
        {
            var names = new StringBuilder("Field(s) ");
            for (int i = 0; i < unknown.Count; i++)
            {
                names.Append(i == 0 ? "'" : ", '").Append(unknown[i].GetString(json)).Append('\'');
            }

            error = names.Append(" not valid on DB type 'DataRow'").ToString();
            return null;
        }

        string? rowDatasetId = OptionalString(fields.DatasetId, json, "dataset_id", datasetId, ref error);
        datasetId = rowDatasetId ?? datasetId;
        string? globalKey = OptionalString(fields.GlobalKey, json, "global_key", null, ref error);
        string? externalId = OptionalString(fields.ExternalId, json, "external_id", null, ref error);
        // A known media type is matched in place; any other string is read only to be named in the error.
        string? mediaType = Known(fields.MediaType, json, MediaTypes.All);
        if (mediaType is null && OptionalString(fields.MediaType, json, "media_type", null, ref error) is { } given)
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
        switch (fields.RowData.Type)
        {
            case JsonTokenType.String:
                rowData = Text(fields.RowData, json, out ReadOnlySpan<byte> utf8);
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

        CheckList(fields.MetadataFields.Type, "metadata_fields", ref error);
        CheckList(fields.Metadata.Type, "metadata", ref error);
        if (error is not null)
        {
            return null;
        }

        IReadOnlyList<SandboxMetadataValue>? values = null;
        if (fields.MetadataFields.Type == JsonTokenType.StartArray || fields.Metadata.Type == JsonTokenType.StartArray)
        {
            values = metadata.Resolve(fields.MetadataFields, fields.Metadata, json, ref error);
            if (values is null)
            {
                return null;
            }
        }

        IReadOnlyList<SandboxAttachment>? attachments = null;
        if (fields.Attachments.Type is not (JsonTokenType.None or JsonTokenType.Null))
        {
            attachments = ReadAttachments(fields.Attachments, json, ref error);
            if (attachments is null)
            {
                return null;
            }
        }

        return new RowInput(rowDatasetId, rowData, globalKey, externalId, mediaType, values, attachments);
    }

    /// <summary>A value's JSON text as sent; read through a document, as it was, so that text which is not valid UTF-8 fails the same way.</summary>
    private string RawText(JsonSpot value)
    {
        using JsonDocument document = JsonDocument.Parse(chunk.Slice(value.Start, value.Length), ImportTaskWorker.ReadOptions);
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
    private StoredText Text(JsonSpot value, ReadOnlySpan<byte> json, out ReadOnlySpan<byte> utf8)
    {
        if (value.IsEscaped)
        {
            string text = value.GetString(json);
            utf8 = Encoding.UTF8.GetBytes(text);
            return new StoredText(text);
        }

        bool plain = value.IsPlainText(json, out utf8);
        return textsKept && plain && !utf8.IsEmpty
            ? new StoredText(chunk.Slice(value.Start + 1, utf8.Length)) // after the opening quote
            : new StoredText(value.GetString(json));
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

    private SandboxAttachment[]? ReadAttachments(JsonSpot attachments, ReadOnlySpan<byte> json, ref string? error)
    {
        if (attachments.Type != JsonTokenType.StartArray)
        {
            error = "Attachments must be a list. Found " + JsonValues.KindOf(attachments.Type).ToString().ToLowerInvariant();
            return null;
        }

        attachmentList.Clear();
        Utf8JsonReader list = attachments.Reader(json);
        while (list.Read() && list.TokenType != JsonTokenType.EndArray)
        {
            JsonSpot typeElement = default;
            JsonSpot valueElement = default;
            JsonSpot nameElement = default;
            if (list.TokenType == JsonTokenType.StartObject)
            {
                while (list.Read() && list.TokenType != JsonTokenType.EndObject)
                {
                    int field = PropertyNames.IndexOf(ref list, AttachmentNames);
                    list.Read();
                    JsonSpot spot = JsonSpot.Of(ref list, attachments.Start);
                    switch (field)
                    {
                        case 0: typeElement = spot; break;
                        case 1: valueElement = spot; break;
                        case 2: nameElement = spot; break;
                    }
                }
            }
            else
            {
                list.Skip();
            }

            string? type = Known(typeElement, json, AttachmentTypes.All);
            StoredText value = valueElement.Type == JsonTokenType.String ? Text(valueElement, json, out _) : default;
            string? name = nameElement.Type == JsonTokenType.String
                ? attachmentName = GetString(nameElement, json, attachmentName)
                : null;
            if (type is null)
            {
                error = "attachment_type must be one of {" + string.Join(", ", AttachmentTypes.All) + "}. Found "
                    + (typeElement.Type == JsonTokenType.String ? typeElement.GetString(json) : "nothing");
                return null;
            }

            if (!value.HasValue || valueElement.Length == 2)
            {
                error = "Attachment value must be a non-empty string, got: ''"; // null and empty alike
                return null;
            }

            attachmentList.Add(new SandboxAttachment(type, string.Empty, name) { ValueText = value });
        }

        return attachmentList.ToArray();
    }

    /// <summary>A string field; <paramref name="previous"/> is returned instead of an equal new string.</summary>
    private static string? OptionalString(JsonSpot value, ReadOnlySpan<byte> json, string name, string? previous, ref string? error)
    {
        if (value.Type is JsonTokenType.None or JsonTokenType.Null)
        {
            return null;
        }

        if (value.Type != JsonTokenType.String)
        {
            error ??= name + " must be a string";
            return null;
        }

        return GetString(value, json, previous);
    }

    /// <summary>The string's text, or <paramref name="previous"/> itself when equal to it (a dataset id repeated on every row).</summary>
    private static string GetString(JsonSpot value, ReadOnlySpan<byte> json, string? previous) =>
        previous is not null && value.TextEquals(json, previous) ? previous : value.GetString(json);

    /// <summary>The word of <paramref name="known"/> that the string's text is, or null (also for no string).</summary>
    private static string? Known(JsonSpot value, ReadOnlySpan<byte> json, WordTable known)
    {
        if (value.Type != JsonTokenType.String)
        {
            return null;
        }

        if (value.IsPlainText(json, out ReadOnlySpan<byte> utf8) && utf8.Length <= 64)
        {
            Span<char> chars = stackalloc char[64];
            int index = known.IndexOf(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
            return index >= 0 ? known[index] : null;
        }

        for (int i = 0; i < known.Count; i++)
        {
            if (value.TextEquals(json, known[i]))
            {
                return known[i];
            }
        }

        return null;
    }
}
