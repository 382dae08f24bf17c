using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using ManifestGen.Sandbox.Import;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// The JSON (UTF-8 bytes) of stored rows and of a failed row's spec in the database: arrays of arrays, compact
/// because every stored row is in them. One writer serves a whole commit.
/// </summary>
internal sealed class StoredJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter writer;

    public StoredJson() => writer = new Utf8JsonWriter(buffer);

    /// <summary>
    /// A run of rows as one document, the record a commit writes for them:
    /// [[id, datasetId, rowData, globalKey, externalId, mediaType, createdAt, updatedAt, metadata, attachments]…], times as
    /// UTC ticks, metadata [[schemaId, name, kind, value]…] with the value a string or a number as the import made it,
    /// attachments [[type, value, name]…]. Valid until the next write.
    /// </summary>
    public ReadOnlySpan<byte> Rows(IReadOnlyList<SandboxDataRow> rows, int start, int count)
    {
        Start();
        writer.WriteStartArray();
        for (int i = start; i < start + count; i++)
        {
            SandboxDataRow row = rows[i];
            writer.WriteStartArray();
            writer.WriteStringValue(row.Id);
            writer.WriteStringValue(row.DatasetId);
            writer.WriteStringValue(row.RowData);
            writer.WriteStringValue(row.GlobalKey);
            writer.WriteStringValue(row.ExternalId);
            writer.WriteStringValue(row.MediaType);
            writer.WriteNumberValue(row.CreatedAt.UtcTicks);
            writer.WriteNumberValue(row.UpdatedAt.UtcTicks);
            WriteList(row.Metadata, static (w, value) =>
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
            WriteList(row.Attachments, static (w, a) => WriteAttachment(w, a.Type, a.Value, a.Name));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        return Finish();
    }

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

    /// <summary>The rows of a record <see cref="Rows"/> wrote, in order.</summary>
    public static IEnumerable<SandboxDataRow> ReadRows(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (JsonElement row in document.RootElement.EnumerateArray())
        {
            yield return new SandboxDataRow(row[0].GetString()!, row[1].GetString()!, row[2].GetString()!, row[3].GetString(), row[4].GetString(),
                row[5].GetString(), Read(row[8], static item => new SandboxMetadataValue(item[0].GetString()!, item[1].GetString()!, item[2].GetString()!,
                    item[3].ValueKind == JsonValueKind.Number ? item[3].GetDouble() : item[3].GetString()!)),
                Read(row[9], static item => new SandboxAttachment(item[0].GetString()!, item[1].GetString()!, item[2].GetString())),
                Time(row[6]), Time(row[7]));
        }
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

    private static T[] Read<T>(JsonElement list, Func<JsonElement, T> read)
    {
        int count = list.GetArrayLength();
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[count];
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            items[i++] = read(item);
        }

        return items;
    }

    private static DateTimeOffset Time(JsonElement ticks) => new(ticks.GetInt64(), TimeSpan.Zero);

    public void Dispose() => writer.Dispose();

    private static void WriteAttachment(Utf8JsonWriter w, string? type, string? value, string? name)
    {
        w.WriteStringValue(type);
        w.WriteStringValue(value);
        w.WriteStringValue(name);
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
