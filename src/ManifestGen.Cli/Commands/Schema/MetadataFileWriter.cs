using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>A field as labelbox.metadata.json declares it.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="SchemaId">Its schema id, when known.</param>
/// <param name="Options">An enum field's options, with their schema ids when known.</param>
/// <param name="Dimensions">An embedding field's vector length; 0 when not declared.</param>
/// <param name="Description">The file's description of it, kept as written.</param>
internal sealed record FileField(string Name, MetadataFieldKind Kind, string? SchemaId, IReadOnlyList<(string Name, string? SchemaId)> Options,
    int Dimensions = 0, string? Description = null);

/// <summary>
/// Writes labelbox.metadata.json: from the organisation's ontology (<c>lbx schema pull</c>: the custom fields, by name;
/// Labelbox defines the reserved ones and the rules know them), or from the file's own fields with the ids Labelbox
/// gave them (<c>lbx schema push</c>). Each field's properties in the schema's order.
/// </summary>
internal static class MetadataFileWriter
{
    public const string PublishedSchema = "https://raw.githubusercontent.com/ManifestGen/ManifestGen/main/docs/schemas/labelbox-metadata.schema.json";

    /// <summary>The organisation's custom fields, ordered by name.</summary>
    public static int Write(Stream stream, IEnumerable<OntologyField> fields) => Write(stream, PublishedSchema, fields
        .Where(f => !f.Reserved)
        .OrderBy(f => f.Name, System.StringComparer.Ordinal)
        .Select(f => new FileField(f.Name, f.Kind, f.SchemaId, f.Options.Select(o => (o.Name, (string?)o.SchemaId)).ToArray()))
        .ToList());

    /// <summary>The fields as given, in the order given, under <paramref name="schema"/> (the <c>$schema</c>; none when null).</summary>
    public static int Write(Stream stream, string? schema, IReadOnlyList<FileField> fields)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        if (schema != null)
        {
            writer.WriteString("$schema", schema);
        }

        writer.WriteStartArray("fields");
        foreach (FileField field in fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("kind", field.Kind.ToString().ToLowerInvariant());
            if (field.SchemaId != null)
            {
                writer.WriteString("schema_id", field.SchemaId);
            }

            if (field.Options.Count > 0)
            {
                writer.WriteStartArray("options");
                foreach ((string name, string? schemaId) in field.Options)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", name);
                    if (schemaId != null)
                    {
                        writer.WriteString("schema_id", schemaId);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (field.Dimensions > 0)
            {
                writer.WriteNumber("dimensions", field.Dimensions);
            }

            if (field.Description != null)
            {
                writer.WriteString("description", field.Description);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        return fields.Count;
    }
}
