using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>A rejected row as the caller sent it, for failedDataRowImports; built only when a row fails.</summary>
internal static class FailedRows
{
    public static readonly FailedRowSpec Empty = new(null, null, null, Array.Empty<FailedMetadata>(), Array.Empty<FailedAttachment>());

    /// <summary>
    /// Describes the payload object in these bytes (read as the task read the chunk: they are valid JSON). Bytes that are
    /// not UTF-8, which failed the row, are described as U+FFFD, as a text editor shows them: the row stays recognisable
    /// and its strings readable.
    /// </summary>
    public static FailedRowSpec Describe(ReadOnlyMemory<byte> payload)
    {
        if (!Utf8.IsValid(payload.Span))
        {
            payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(payload.Span));
        }

        using JsonDocument document = JsonDocument.Parse(payload, ImportTaskWorker.ReadOptions);
        return Describe(document.RootElement);
    }

    private static FailedRowSpec Describe(JsonElement payload)
    {
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

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null
            ? (v.ValueKind == JsonValueKind.String ? JsonValues.Readable(v) : v.GetRawText())
            : null;
}
