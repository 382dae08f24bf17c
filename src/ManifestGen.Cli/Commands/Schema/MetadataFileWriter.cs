using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>
/// Writes labelbox.metadata.json from the organisation's ontology: the custom fields (Labelbox
/// defines the reserved ones; the rules know them) with their schema ids and enum option ids.
/// </summary>
internal static class MetadataFileWriter
{
    public const string PublishedSchema = "https://raw.githubusercontent.com/ManifestGen/ManifestGen/main/docs/schemas/labelbox-metadata.schema.json";

    public static int Write(Stream stream, IEnumerable<OntologyField> fields)
    {
        List<OntologyField> custom = fields.Where(f => !f.Reserved).OrderBy(f => f.Name, System.StringComparer.Ordinal).ToList();
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("$schema", PublishedSchema);
        writer.WriteStartArray("fields");
        foreach (OntologyField field in custom)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("kind", field.Kind.ToString().ToLowerInvariant());
            writer.WriteString("schema_id", field.SchemaId);
            if (field.Options.Count > 0)
            {
                writer.WriteStartArray("options");
                foreach (OntologyOption option in field.Options)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", option.Name);
                    writer.WriteString("schema_id", option.SchemaId);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        return custom.Count;
    }
}
