using System.Text.Json;
using ManifestGen.Json;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Import;

/// <summary>
/// Writes a row as one upsert item of a chunk (protocol §3.3, §7):
/// <c>{"id":{"type","value"},"payload":{row_data, global_key, external_id, media_type, dataset_id, attachments, metadata_fields}}</c>,
/// with metadata by schema id (an enum as two entries: the field and the option, each with value <c>{}</c>).
/// </summary>
internal static class UpsertItems
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Payload = JsonEncodedText.Encode("payload");
    private static readonly JsonEncodedText DatasetId = JsonEncodedText.Encode("dataset_id");
    private static readonly JsonEncodedText SchemaId = JsonEncodedText.Encode("schemaId");
    private static readonly JsonEncodedText Auto = JsonEncodedText.Encode("AUTO");
    private static readonly JsonEncodedText GlobalKeyType = JsonEncodedText.Encode("GKEY");

    /// <param name="writer">Where the item goes.</param>
    /// <param name="row">The row, already checked against the rules with <paramref name="schema"/>.</param>
    /// <param name="rowData">The row_data to send: the row's URL, or a local file's uploaded URL.</param>
    /// <param name="externalId">The external id to send (a local file's path when the row has none).</param>
    /// <param name="datasetId">The target dataset, forced into every payload as the SDK does.</param>
    /// <param name="keyMode">How the row is keyed.</param>
    /// <param name="schema">The organization's fields, to send names as schema ids.</param>
    public static void Write(Utf8JsonWriter writer, DataRowSpec row, string rowData, string? externalId, string datasetId, RowKeyMode keyMode, MetadataSchema schema)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(Id);
        bool byKey = keyMode == RowKeyMode.GlobalKey && row.GlobalKey != null;
        writer.WriteString(ImportJsonWriter.Type, byKey ? GlobalKeyType : Auto);
        writer.WriteString(ImportJsonWriter.Value, byKey ? row.GlobalKey : "");
        writer.WriteEndObject();

        writer.WriteStartObject(Payload);
        ImportJsonWriter.WriteIdentity(writer, rowData, row.GlobalKey, externalId, row.MediaType);
        writer.WriteString(DatasetId, datasetId);
        ImportJsonWriter.WriteAttachments(writer, row.Attachments);
        if (row.Metadata.Count > 0)
        {
            writer.WriteStartArray(ImportJsonWriter.MetadataFields);
            for (int i = 0; i < row.Metadata.Count; i++)
            {
                WriteField(writer, row.Metadata[i], schema); // indexed: foreach over the interface boxes an enumerator per row
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, DataRowMetadata field, MetadataSchema schema)
    {
        MetadataFieldDefinition? definition = field.SchemaId != null ? schema.FindBySchemaId(field.SchemaId) : schema.FindByName(field.Name!);
        string id = definition?.SchemaId ?? field.SchemaId
            ?? throw new LabelboxException("Metadata field '" + field.Name + "' has no schema id in the organization's ontology.");
        if (definition?.Kind == MetadataKind.Enum)
        {
            MetadataOptionDefinition option = definition.FindOption(field.Value.Text)
                ?? throw new LabelboxException("'" + field.Value.Text + "' is not an option of metadata field '" + definition.Name + "'.");
            WriteEmpty(writer, id);
            WriteEmpty(writer, option.SchemaId ?? throw new LabelboxException("Option '" + option.Name + "' of '" + definition.Name + "' has no schema id."));
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(SchemaId, id);
        writer.WritePropertyName(ImportJsonWriter.Value);
        if (field.Value.Kind == MetadataValueKind.String && definition?.Kind == MetadataKind.DateTime && IsoDateTimes.TryParse(field.Value.Text, out var when))
        {
            // The service takes datetimes in one form; a file keeps what the user wrote.
            writer.WriteStringValue(IsoDateTimes.ToWire(when));
        }
        else
        {
            ImportJsonWriter.WriteValue(writer, field.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteEmpty(Utf8JsonWriter writer, string schemaId)
    {
        writer.WriteStartObject();
        writer.WriteString(SchemaId, schemaId);
        writer.WriteStartObject(ImportJsonWriter.Value);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
