using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
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
/// Reads only the strings a stored row keeps: the rest is compared in place.
/// </summary>
internal sealed class ManifestItemReader
{
    private static readonly string[] KeyTypes = ["AUTO", "GKEY", "ID"];

    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    private readonly SandboxState state;
    private readonly MetadataResolver metadata;
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

    /// <summary>Reads a chunk's items, in order.</summary>
    public ManifestItem[] ReadAll(JsonElement chunk, CancellationToken cancellationToken)
    {
        var items = new ManifestItem[chunk.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in chunk.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            items[i++] = Read(item);
        }

        return items;
    }

    public ManifestItem Read(JsonElement item)
    {
        JsonElement payload = default;
        string? error = null;
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("id"u8, out JsonElement key) || key.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("payload"u8, out payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return ManifestItem.Failed("Malformed item: expected {\"id\": {\"type\": …, \"value\": …}, \"payload\": {…}}", null);
        }

        try
        {
            RowInput? input = ReadPayload(payload, ref error);
            if (input is null)
            {
                return ManifestItem.Failed(error!, payload);
            }

            JsonElement type = key.TryGetProperty("type"u8, out JsonElement t) ? t : default;
            string keyType = JsonValues.Known(type, KeyTypes) ?? (type.ValueKind == JsonValueKind.String ? type.GetString()! : string.Empty);
            string keyValue = key.TryGetProperty("value"u8, out JsonElement v) && v.ValueKind == JsonValueKind.String ? JsonValues.GetString(v, input.Value.GlobalKey) : string.Empty;
            return new ManifestItem(input.Value, keyType, keyValue, null, payload);
        }
        catch (InvalidOperationException e)
        {
            // A string (or field name) with an escaped lone surrogate, such as "\ud800", parses but cannot be
            // read as text: that row fails, not the task.
            return ManifestItem.Failed("Malformed item: " + e.Message, payload);
        }
    }

    /// <summary>The payload's fields, found in one pass over it (a lookup per field scans the object each time).</summary>
    private struct PayloadFields
    {
        public JsonElement RowData;
        public JsonElement GlobalKey;
        public JsonElement DatasetId;
        public JsonElement MetadataFields;
        public JsonElement Attachments;
        public JsonElement ExternalId;
        public JsonElement MediaType;
        public JsonElement Metadata;
        public List<string>? Unknown;
    }

    /// <summary>Reads and checks what needs no other row: keys, row_data, media type, metadata, attachments.</summary>
    private RowInput? ReadPayload(JsonElement payload, ref string? error)
    {
        PayloadFields fields = Fields(payload);
        if (fields.Unknown is { } unknown)
        {
            error = "Field(s) " + string.Join(", ", unknown.ConvertAll(n => "'" + n + "'")) + " not valid on DB type 'DataRow'";
            return null;
        }

        string? rowDatasetId = OptionalString(fields.DatasetId, "dataset_id", datasetId, ref error);
        datasetId = rowDatasetId ?? datasetId;
        string? globalKey = OptionalString(fields.GlobalKey, "global_key", null, ref error);
        string? externalId = OptionalString(fields.ExternalId, "external_id", null, ref error);
        // A known media type is matched in place; any other string is read only to be named in the error.
        string? mediaType = JsonValues.Known(fields.MediaType, MediaTypes.All);
        if (mediaType is null && OptionalString(fields.MediaType, "media_type", null, ref error) is { } given)
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

        string? rowData = null;
        switch (fields.RowData.ValueKind)
        {
            case JsonValueKind.String:
                rowData = fields.RowData.GetString();
                error = FileUrls.Resolve(state, rowData!) is not null ? null : CheckRowData(rowData!, mediaType);
                RefusedRowDataNamingNoFile |= error is not null;
                rowData = rowData!.Length == 0 ? null : rowData;
                break;
            case JsonValueKind.Object:
                rowData = fields.RowData.GetRawText();
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                error = "row_data must be a string or an object";
                break;
        }

        CheckList(fields.MetadataFields, "metadata_fields", ref error);
        CheckList(fields.Metadata, "metadata", ref error);
        if (error is not null)
        {
            return null;
        }

        IReadOnlyList<SandboxMetadataValue>? values = null;
        if (fields.MetadataFields.ValueKind == JsonValueKind.Array || fields.Metadata.ValueKind == JsonValueKind.Array)
        {
            values = metadata.Resolve(fields.MetadataFields, fields.Metadata, ref error);
            if (values is null)
            {
                return null;
            }
        }

        IReadOnlyList<SandboxAttachment>? attachments = null;
        if (fields.Attachments.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            attachments = ReadAttachments(fields.Attachments, ref error);
            if (attachments is null)
            {
                return null;
            }
        }

        return new RowInput(rowDatasetId, rowData, globalKey, externalId, mediaType, values, attachments);
    }

    private delegate void FieldSetter(ref PayloadFields fields, JsonElement value);

    /// <summary>The payload keys the service knows, each with where its value goes; null for those it takes and this sandbox ignores.</summary>
    private static readonly (byte[] Name, FieldSetter? Set)[] Keys =
    [
        ("row_data"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.RowData = v), ("global_key"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.GlobalKey = v),
        ("dataset_id"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.DatasetId = v), ("metadata_fields"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.MetadataFields = v),
        ("attachments"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.Attachments = v), ("external_id"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.ExternalId = v),
        ("media_type"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.MediaType = v), ("metadata"u8.ToArray(), (ref PayloadFields f, JsonElement v) => f.Metadata = v),
        ("media_attributes"u8.ToArray(), null), ("embeddings"u8.ToArray(), null), ("created_at"u8.ToArray(), null), ("updated_at"u8.ToArray(), null), ("uid"u8.ToArray(), null),
    ];

    private static PayloadFields Fields(JsonElement payload)
    {
        var fields = default(PayloadFields);
        foreach (JsonProperty property in payload.EnumerateObject())
        {
            // Compared in place, escapes and all: no string per property of every row.
            int key = 0;
            while (key < Keys.Length && !property.NameEquals(Keys[key].Name))
            {
                key++;
            }

            if (key == Keys.Length)
            {
                (fields.Unknown ??= new List<string>()).Add(property.Name);
            }
            else
            {
                Keys[key].Set?.Invoke(ref fields, property.Value); // as a lookup by name would, a repeated field counts with its last value
            }
        }

        return fields;
    }

    /// <summary>A metadata list must be a list when given (null counts as absent).</summary>
    private static void CheckList(JsonElement list, string name, ref string? error)
    {
        if (list.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Array))
        {
            error ??= name + " must be a list";
        }
    }

    /// <summary>
    /// The service's row_data rules. A URL this sandbox handed out for an uploaded file is exempt: on loopback
    /// it is plain http, where Labelbox's own signed storage URLs are https, and a client must be able to use it.
    /// </summary>
    private static string? CheckRowData(string rowData, string? mediaType)
    {
        if (rowData.StartsWith("s3:/", StringComparison.OrdinalIgnoreCase))
        {
            return "row_data: s3 assets must start with 'https'.";
        }

        int scheme = rowData.IndexOf("://", StringComparison.Ordinal);
        bool hasScheme = scheme > 0 && rowData.AsSpan(0, scheme).IndexOfAnyExcept(SchemeCharacters) < 0;
        if (hasScheme && !rowData.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "row_data: assets must start with 'https'. Found '" + rowData + "'";
        }

        if (!hasScheme && rowData.Length > 0 && (mediaType is null || mediaType == MediaTypes.Image))
        {
            return "row_data must be an https URL for media type 'IMAGE'. Found '" + rowData + "'";
        }

        return null;
    }

    private SandboxAttachment[]? ReadAttachments(JsonElement list, ref string? error)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            error = "Attachments must be a list. Found " + list.ValueKind.ToString().ToLowerInvariant();
            return null;
        }

        var attachments = new SandboxAttachment[list.GetArrayLength()];
        int i = 0;
        foreach (JsonElement attachment in list.EnumerateArray())
        {
            bool isObject = attachment.ValueKind == JsonValueKind.Object;
            JsonElement typeElement = isObject && attachment.TryGetProperty("type"u8, out JsonElement t) ? t : default;
            string? type = JsonValues.Known(typeElement, AttachmentTypes.All);
            string? value = isObject && attachment.TryGetProperty("value"u8, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string? name = isObject && attachment.TryGetProperty("name"u8, out JsonElement n) && n.ValueKind == JsonValueKind.String
                ? attachmentName = JsonValues.GetString(n, attachmentName)
                : null;
            if (type is null)
            {
                error = "attachment_type must be one of {" + string.Join(", ", AttachmentTypes.All) + "}. Found "
                    + (typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : "nothing");
                return null;
            }

            if (string.IsNullOrEmpty(value))
            {
                error = "Attachment value must be a non-empty string, got: '" + (value ?? string.Empty) + "'";
                return null;
            }

            attachments[i++] = new SandboxAttachment(type, value, name);
        }

        return attachments;
    }

    /// <summary>A string field; <paramref name="previous"/> is returned instead of an equal new string.</summary>
    private static string? OptionalString(JsonElement value, string name, string? previous, ref string? error)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error ??= name + " must be a string";
            return null;
        }

        return JsonValues.GetString(value, previous);
    }
}
