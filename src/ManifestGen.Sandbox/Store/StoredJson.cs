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

    /// <summary>[[schemaId, name, kind, value]…]; the value is a string or a number, as the import made it.</summary>
    public byte[]? Metadata(IReadOnlyList<SandboxMetadataValue> metadata)
    {
        if (metadata.Count == 0)
        {
            return null;
        }

        Start();
        writer.WriteStartArray();
        foreach (SandboxMetadataValue value in metadata)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.SchemaId);
            writer.WriteStringValue(value.Name);
            writer.WriteStringValue(value.Kind);
            if (value.Value is double number)
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteStringValue((string)value.Value);
            }

            writer.WriteEndArray();
        }

        return End();
    }

    /// <summary>[[type, value, name]…].</summary>
    public byte[]? Attachments(IReadOnlyList<SandboxAttachment> attachments)
    {
        if (attachments.Count == 0)
        {
            return null;
        }

        Start();
        writer.WriteStartArray();
        foreach (SandboxAttachment attachment in attachments)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(attachment.Type);
            writer.WriteStringValue(attachment.Value);
            writer.WriteStringValue(attachment.Name);
            writer.WriteEndArray();
        }

        return End();
    }

    /// <summary>[externalId, globalKey, rowData, [[schemaId, value, name]…], [[type, value, name]…]].</summary>
    public byte[] Spec(FailedRowSpec spec)
    {
        Start();
        writer.WriteStartArray();
        writer.WriteStringValue(spec.ExternalId);
        writer.WriteStringValue(spec.GlobalKey);
        writer.WriteStringValue(spec.RowData);
        writer.WriteStartArray();
        foreach (FailedMetadata metadata in spec.Metadata)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(metadata.SchemaId);
            JsonSerializer.Serialize(writer, metadata.Value); // as the caller sent it: any JSON, made plain by JsonValues.ToObject
            writer.WriteStringValue(metadata.Name);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartArray();
        foreach (FailedAttachment attachment in spec.Attachments)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(attachment.Type);
            writer.WriteStringValue(attachment.Value);
            writer.WriteStringValue(attachment.Name);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        return End();
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

    private void Start()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
    }

    private byte[] End()
    {
        writer.WriteEndArray();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }
}
