using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Metadata;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Applies one manifest item (<c>{"id":{"type","value"},"payload":{…}}</c>) to the store, or records
/// why not with the service's message. Rows of a task are applied in order, so of two rows with one
/// global key only the later fails.
/// </summary>
internal sealed class RowImporter
{
    private static readonly HashSet<string> PayloadKeys = new(StringComparer.Ordinal)
    {
        "row_data", "external_id", "global_key", "metadata_fields", "metadata", "media_type", "media_attributes",
        "attachments", "dataset_id", "embeddings", "created_at", "updated_at", "uid",
    };

    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    private readonly SandboxState state;

    public RowImporter(SandboxState state) => this.state = state;

    public void Import(TaskRecord task, JsonElement item)
    {
        JsonElement payload = default;
        string? error = null;
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("id", out JsonElement key) || key.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("payload", out payload) || payload.ValueKind != JsonValueKind.Object)
        {
            Fail(task, "Malformed item: expected {\"id\": {\"type\": …, \"value\": …}, \"payload\": {…}}", EmptySpec);
            return;
        }

        FailedRowSpec spec = DescribeForFailure(payload);
        RowInput? input = Read(payload, ref error);
        if (input is null)
        {
            Fail(task, error!, spec);
            return;
        }

        string keyType = key.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
        string keyValue = key.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;

        lock (state.Gate)
        {
            error = Apply(task, input, keyType, keyValue);
        }

        if (error is not null)
        {
            Fail(task, error, spec);
        }
    }

    private void Fail(TaskRecord task, string message, FailedRowSpec spec)
    {
        lock (state.Gate)
        {
            task.Failures.Add(new FailedRow(message, spec));
        }

        state.CountFailedRow();
    }

    /// <summary>Checks the key, dataset and global key and writes the row; the caller holds the lock.</summary>
    private string? Apply(TaskRecord task, RowInput input, string keyType, string keyValue)
    {
        SandboxDataRow? target;
        switch (keyType)
        {
            case "AUTO":
                target = null;
                break;
            case "GKEY":
                if (keyValue.Length == 0)
                {
                    return "A GKEY key needs the global key as its value";
                }

                target = state.RowByGlobalKeyLocked(keyValue);
                break;
            case "ID":
                target = state.RowByIdLocked(keyValue);
                if (target is null)
                {
                    return "Data Row not found: '" + keyValue + "'";
                }

                break;
            default:
                return "Invalid key type '" + keyType + "'; expected AUTO, GKEY or ID";
        }

        if (input.DatasetId is null)
        {
            return "dataset_id is missing";
        }

        if (!state.DatasetExistsLocked(input.DatasetId))
        {
            return "Dataset not found: '" + input.DatasetId + "'";
        }

        string? globalKey = input.GlobalKey ?? (target is null && keyType == "GKEY" ? keyValue : target?.GlobalKey);
        if (globalKey is not null)
        {
            SandboxDataRow? owner = state.RowByGlobalKeyLocked(globalKey);
            if (owner is not null && owner.Id != target?.Id)
            {
                return "Duplicate global key: '" + globalKey + "'";
            }
        }

        DateTimeOffset now = DateTimeOffset.UtcNow;
        SandboxDataRow row;
        if (target is null)
        {
            if (input.RowData is null)
            {
                return "row_data is missing";
            }

            row = new SandboxDataRow(SandboxIds.New(), input.DatasetId, input.RowData, globalKey, input.ExternalId, input.MediaType,
                input.Metadata ?? Array.Empty<SandboxMetadataValue>(), input.Attachments ?? Array.Empty<SandboxAttachment>(), now, now);
        }
        else
        {
            // An upsert writes the fields it gives and keeps the others.
            row = target with
            {
                DatasetId = input.DatasetId,
                RowData = input.RowData ?? target.RowData,
                GlobalKey = globalKey,
                ExternalId = input.ExternalId ?? target.ExternalId,
                MediaType = input.MediaType ?? target.MediaType,
                Metadata = input.Metadata ?? target.Metadata,
                Attachments = input.Attachments ?? target.Attachments,
                UpdatedAt = now,
            };
        }

        state.PutRowLocked(row, target);
        task.SucceededRowIds.Add(row.Id);
        return null;
    }

    private sealed record RowInput(
        string? DatasetId,
        string? RowData,
        string? GlobalKey,
        string? ExternalId,
        string? MediaType,
        IReadOnlyList<SandboxMetadataValue>? Metadata,
        IReadOnlyList<SandboxAttachment>? Attachments);

    /// <summary>Reads and checks what needs no other row: keys, row_data, media type, metadata, attachments.</summary>
    private RowInput? Read(JsonElement payload, ref string? error)
    {
        string[] unknown = payload.EnumerateObject().Select(p => p.Name).Where(n => !PayloadKeys.Contains(n)).ToArray();
        if (unknown.Length > 0)
        {
            error = "Field(s) " + string.Join(", ", unknown.Select(n => "'" + n + "'")) + " not valid on DB type 'DataRow'";
            return null;
        }

        string? datasetId = OptionalString(payload, "dataset_id", ref error);
        string? globalKey = OptionalString(payload, "global_key", ref error);
        string? externalId = OptionalString(payload, "external_id", ref error);
        string? mediaType = OptionalString(payload, "media_type", ref error);
        if (error is not null)
        {
            return null;
        }

        if (mediaType is not null && !MediaTypes.IsKnown(mediaType))
        {
            error = "Found invalid media type: '" + mediaType + "'";
            return null;
        }

        if (globalKey is not null && GlobalKeys.Check(globalKey) is { } reason)
        {
            error = "Invalid global key '" + globalKey + "': " + reason;
            return null;
        }

        string? rowData = null;
        if (payload.TryGetProperty("row_data", out JsonElement rowDataElement))
        {
            switch (rowDataElement.ValueKind)
            {
                case JsonValueKind.String:
                    rowData = rowDataElement.GetString();
                    error = FileUrls.Resolve(state, rowData!) is not null ? null : CheckRowData(rowData!, mediaType);
                    rowData = rowData!.Length == 0 ? null : rowData;
                    break;
                case JsonValueKind.Object:
                    rowData = rowDataElement.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    error = "row_data must be a string or an object";
                    break;
            }

            if (error is not null)
            {
                return null;
            }
        }

        IReadOnlyList<SandboxMetadataValue>? metadata = null;
        bool hasFields = payload.TryGetProperty("metadata_fields", out JsonElement fields) && fields.ValueKind != JsonValueKind.Null;
        bool hasNamed = payload.TryGetProperty("metadata", out JsonElement named) && named.ValueKind != JsonValueKind.Null;
        if (hasFields || hasNamed)
        {
            var entries = new List<JsonElement>();
            foreach ((bool present, JsonElement list, string name) in new[] { (hasFields, fields, "metadata_fields"), (hasNamed, named, "metadata") })
            {
                if (!present)
                {
                    continue;
                }

                if (list.ValueKind != JsonValueKind.Array)
                {
                    error = name + " must be a list";
                    return null;
                }

                entries.AddRange(list.EnumerateArray());
            }

            metadata = new MetadataResolver(state.Ontology).Resolve(entries, ref error);
            if (metadata is null)
            {
                return null;
            }
        }

        IReadOnlyList<SandboxAttachment>? attachments = null;
        if (payload.TryGetProperty("attachments", out JsonElement attachmentList) && attachmentList.ValueKind != JsonValueKind.Null)
        {
            attachments = ReadAttachments(attachmentList, ref error);
            if (attachments is null)
            {
                return null;
            }
        }

        return new RowInput(datasetId, rowData, globalKey, externalId, mediaType, metadata, attachments);
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

    private static List<SandboxAttachment>? ReadAttachments(JsonElement list, ref string? error)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            error = "Attachments must be a list. Found " + list.ValueKind.ToString().ToLowerInvariant();
            return null;
        }

        var attachments = new List<SandboxAttachment>();
        foreach (JsonElement attachment in list.EnumerateArray())
        {
            string? type = attachment.ValueKind == JsonValueKind.Object && attachment.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            string? value = attachment.ValueKind == JsonValueKind.Object && attachment.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string? name = attachment.ValueKind == JsonValueKind.Object && attachment.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (type is null || !AttachmentTypes.IsKnown(type))
            {
                error = "attachment_type must be one of {" + string.Join(", ", AttachmentTypes.All) + "}. Found " + (type ?? "nothing");
                return null;
            }

            if (string.IsNullOrEmpty(value))
            {
                error = "Attachment value must be a non-empty string, got: '" + (value ?? string.Empty) + "'";
                return null;
            }

            attachments.Add(new SandboxAttachment(type, value, name));
        }

        return attachments;
    }

    private static string? OptionalString(JsonElement payload, string name, ref string? error)
    {
        if (!payload.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error ??= name + " must be a string";
            return null;
        }

        return value.GetString();
    }

    private static readonly FailedRowSpec EmptySpec = new(null, null, null, Array.Empty<FailedMetadata>(), Array.Empty<FailedAttachment>());

    /// <summary>The row as the caller sent it, for failedDataRowImports.</summary>
    private static FailedRowSpec DescribeForFailure(JsonElement payload)
    {
        static string? Text(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null
                ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())
                : null;

        var metadata = new List<FailedMetadata>();
        foreach (string list in new[] { "metadata_fields", "metadata" })
        {
            if (payload.TryGetProperty(list, out JsonElement entries) && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement entry in entries.EnumerateArray())
                {
                    object? value = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("value", out JsonElement v) ? JsonValues.ToObject(v) : null;
                    metadata.Add(new FailedMetadata(Text(entry, "schemaId") ?? Text(entry, "schema_id"), value, Text(entry, "name")));
                }
            }
        }

        var attachments = new List<FailedAttachment>();
        if (payload.TryGetProperty("attachments", out JsonElement list2) && list2.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement a in list2.EnumerateArray())
            {
                attachments.Add(new FailedAttachment(Text(a, "type"), Text(a, "value"), Text(a, "name")));
            }
        }

        return new FailedRowSpec(Text(payload, "external_id"), Text(payload, "global_key"), Text(payload, "row_data"), metadata, attachments);
    }
}

/// <summary>JSON values as plain objects for GraphQL output: strings, doubles, booleans, dictionaries, lists.</summary>
internal static class JsonValues
{
    public static object? ToObject(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToObject(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(ToObject).ToList(),
        _ => null,
    };

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "null",
    };

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
