using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using ManifestGen.Sandbox.Import;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// The JSON (UTF-8 bytes) of a failed row's spec in the database: an array of arrays, as a spec may hold any JSON
/// value a caller sent. One writer serves a whole commit.
/// </summary>
internal sealed class StoredJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter writer;

    public StoredJson() => writer = new Utf8JsonWriter(buffer);

    /// <summary>[externalId, globalKey, rowData, [[schemaId, value, name]…], [[type, value, name]…]].</summary>
    public byte[] Spec(FailedRowSpec spec)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartArray();
        writer.WriteStringValue(spec.ExternalId);
        writer.WriteStringValue(spec.GlobalKey);
        writer.WriteStringValue(spec.RowData);
        WriteList(spec.Metadata, static (w, metadata) =>
        {
            w.WriteStringValue(metadata.SchemaId);
            JsonSerializer.Serialize(w, metadata.Value); // as the caller sent it: any JSON, made plain by JsonValues.ToObject
            w.WriteStringValue(metadata.Name);
        });
        WriteList(spec.Attachments, static (w, a) =>
        {
            w.WriteStringValue(a.Type);
            w.WriteStringValue(a.Value);
            w.WriteStringValue(a.Name);
        });
        writer.WriteEndArray();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static FailedRowSpec ReadSpec(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        JsonElement spec = document.RootElement;
        var metadata = new List<FailedMetadata>();
        foreach (JsonElement item in spec[3].EnumerateArray())
        {
            metadata.Add(new FailedMetadata(item[0].GetString(), JsonValues.ToObject(item[1]), item[2].GetString()));
        }

        var attachments = new List<FailedAttachment>();
        foreach (JsonElement item in spec[4].EnumerateArray())
        {
            attachments.Add(new FailedAttachment(item[0].GetString(), item[1].GetString(), item[2].GetString()));
        }

        return new FailedRowSpec(spec[0].GetString(), spec[1].GetString(), spec[2].GetString(), metadata, attachments);
    }

    public void Dispose() => writer.Dispose();

    private void WriteList<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        for (int i = 0; i < items.Count; i++)
        {
            writer.WriteStartArray();
            write(writer, items[i]);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
