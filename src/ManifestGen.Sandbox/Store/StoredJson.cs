using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using ManifestGen.Sandbox.Import;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// The JSON (UTF-8 bytes) of a row's lists and a failed row's spec in the database: arrays of arrays, compact
/// because every stored row carries them. One writer serves a whole commit.
/// </summary>
internal sealed class StoredJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter writer;

    public StoredJson() => writer = new Utf8JsonWriter(buffer);

    /// <summary>
    /// [[schemaId, name, kind, value]…]; the value is a string or a number, as the import made it. Empty for an empty
    /// list; valid until the next write.
    /// </summary>
    public ReadOnlySpan<byte> Metadata(IReadOnlyList<SandboxMetadataValue> metadata) => metadata.Count == 0 ? default : Document(metadata, static (w, value) =>
    {
        w.WriteStringValue(value.SchemaId);
        w.WriteStringValue(value.Name);
        w.WriteStringValue(value.Kind);
        if (value.Value is double number)
        {
            w.WriteNumberValue(number);
        }
        else
        {
            w.WriteStringValue((string)value.Value);
        }
    });

    /// <summary>[[type, value, name]…]; empty for an empty list; valid until the next write.</summary>
    public ReadOnlySpan<byte> Attachments(IReadOnlyList<SandboxAttachment> attachments) =>
        attachments.Count == 0 ? default : Document(attachments, static (w, a) => WriteAttachment(w, a.Type, a.Value, a.Name));

    /// <summary>[externalId, globalKey, rowData, [[schemaId, value, name]…], [[type, value, name]…]].</summary>
    public byte[] Spec(FailedRowSpec spec)
    {
        Start();
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
        WriteList(spec.Attachments, static (w, a) => WriteAttachment(w, a.Type, a.Value, a.Name));
        writer.WriteEndArray();
        return Finish().ToArray();
    }

    public static IReadOnlyList<SandboxMetadataValue> ReadMetadata(byte[]? json) => Read(json, item => new SandboxMetadataValue(
        item[0].GetString()!, item[1].GetString()!, item[2].GetString()!,
        item[3].ValueKind == JsonValueKind.Number ? item[3].GetDouble() : item[3].GetString()!));

    public static IReadOnlyList<SandboxAttachment> ReadAttachments(byte[]? json) =>
        Read(json, item => new SandboxAttachment(item[0].GetString()!, item[1].GetString()!, item[2].GetString()));

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

    private static T[] Read<T>(byte[]? json, Func<JsonElement, T> read)
    {
        if (json is null)
        {
            return Array.Empty<T>();
        }

        using var document = JsonDocument.Parse(json);
        var items = new T[document.RootElement.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            items[i++] = read(item);
        }

        return items;
    }

    public void Dispose() => writer.Dispose();

    private static void WriteAttachment(Utf8JsonWriter w, string? type, string? value, string? name)
    {
        w.WriteStringValue(type);
        w.WriteStringValue(value);
        w.WriteStringValue(name);
    }

    /// <summary>A document that is a list of items, each an array.</summary>
    private ReadOnlySpan<byte> Document<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        Start();
        WriteList(items, write);
        return Finish();
    }

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

    private void Start()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
    }

    private ReadOnlySpan<byte> Finish()
    {
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
