using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ManifestGen.Json;

/// <summary>
/// Writes rows as a Labelbox import file: the JSON array the Labelbox UI and SDK take, with the
/// same property names as the manifest. Property names are encoded once.
/// </summary>
internal static class ImportJsonWriter
{
    internal static readonly JsonEncodedText RowData = JsonEncodedText.Encode("row_data");
    internal static readonly JsonEncodedText GlobalKey = JsonEncodedText.Encode("global_key");
    internal static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("external_id");
    internal static readonly JsonEncodedText MediaTypeName = JsonEncodedText.Encode("media_type");
    internal static readonly JsonEncodedText MetadataFields = JsonEncodedText.Encode("metadata_fields");
    internal static readonly JsonEncodedText Attachments = JsonEncodedText.Encode("attachments");
    internal static readonly JsonEncodedText SchemaId = JsonEncodedText.Encode("schema_id");
    internal static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    internal static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    internal static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    internal static readonly JsonEncodedText ImageMediaType = JsonEncodedText.Encode(ManifestGen.MediaType.Image.Value);

    /// <summary>Options for files people read: non-ASCII kept as is, still valid JSON.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<DataRowSpec> rows)
    {
        writer.WriteStartArray();
        foreach (DataRowSpec row in rows)
        {
            WriteRow(writer, row);
        }

        writer.WriteEndArray();
    }

    public static void WriteRow(Utf8JsonWriter writer, DataRowSpec row)
    {
        writer.WriteStartObject();
        WriteIdentity(writer, row.RowData, row.GlobalKey, row.ExternalId, row.MediaType);
        if (row.Metadata.Count > 0)
        {
            writer.WriteStartArray(MetadataFields);
            for (int i = 0; i < row.Metadata.Count; i++)
            {
                DataRowMetadata field = row.Metadata[i]; // indexed: foreach over the interface boxes an enumerator per row
                writer.WriteStartObject();
                if (field.SchemaId != null)
                {
                    writer.WriteString(SchemaId, field.SchemaId);
                }

                if (field.Name != null)
                {
                    writer.WriteString(Name, field.Name);
                }

                writer.WritePropertyName(Value);
                WriteValue(writer, field.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteAttachments(writer, row.Attachments);
        writer.WriteEndObject();
    }

    /// <summary>row_data and, when given, global_key, external_id and media_type: the same in import files and upsert chunks.</summary>
    public static void WriteIdentity(Utf8JsonWriter writer, string rowData, string? globalKey, string? externalId, MediaType? mediaType)
    {
        writer.WriteString(RowData, rowData);
        if (globalKey != null)
        {
            writer.WriteString(GlobalKey, globalKey);
        }

        if (externalId != null)
        {
            writer.WriteString(ExternalId, externalId);
        }

        if (mediaType is { } type)
        {
            writer.WriteString(MediaTypeName, type.Value);
        }
    }

    /// <summary>The "attachments" array, if there are any: the same in import files and upsert chunks.</summary>
    public static void WriteAttachments(Utf8JsonWriter writer, IReadOnlyList<Attachment> attachments)
    {
        if (attachments.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(Attachments);
        for (int i = 0; i < attachments.Count; i++)
        {
            Attachment attachment = attachments[i]; // indexed: foreach over the interface boxes an enumerator per row
            writer.WriteStartObject();
            writer.WriteString(Type, attachment.TypeName);
            writer.WriteString(Value, attachment.Value);
            if (attachment.Name != null)
            {
                writer.WriteString(Name, attachment.Name);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A metadata value as given: a string, a number or an embedding's numbers.</summary>
    public static void WriteValue(Utf8JsonWriter writer, MetadataValue value)
    {
        switch (value.Kind)
        {
            case MetadataValueKind.String:
                writer.WriteStringValue(value.Text);
                break;
            case MetadataValueKind.Number:
                writer.WriteNumberValue(value.Number);
                break;
            default:
                writer.WriteStartArray();
                IReadOnlyList<double> numbers = value.Vector;
                for (int i = 0; i < numbers.Count; i++)
                {
                    writer.WriteNumberValue(numbers[i]);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
