using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ManifestGen.Client;
using ManifestGen.Rules.Metadata;

namespace ManifestGen;

/// <summary>
/// The organization's metadata fields (<c>customMetadataOntology</c>): reserved and custom, with their
/// schema ids, so fields and enum options given by name can be sent by id.
/// </summary>
internal sealed class MetadataOntology
{
    internal MetadataOntology(IReadOnlyList<OntologyField> fields)
    {
        Fields = fields;
        var definitions = new List<MetadataFieldDefinition>();
        foreach (OntologyField field in fields)
        {
            // The reserved fields are defined once, in the shared rules; the service's copy of them is not repeated.
            if (!(field.Reserved && ReservedMetadata.Names.Contains(field.Name)))
            {
                definitions.Add(new MetadataFieldDefinition(field.Name, (MetadataKind)field.Kind, field.SchemaId, field.Reserved,
                    field.Options.Select(o => new MetadataOptionDefinition(o.Name, o.SchemaId)).ToArray()));
            }
        }

        Schema = new MetadataSchema(definitions);
    }

    /// <summary>Every field the service listed, reserved ones included.</summary>
    public IReadOnlyList<OntologyField> Fields { get; }

    /// <summary>The fields as the shared rules see them: the reserved ones, then the organization's.</summary>
    internal MetadataSchema Schema { get; }

    /// <summary>The field with this name, or null.</summary>
    public OntologyField? FindByName(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>Reads the answer to <c>customMetadataOntology</c>.</summary>
    internal static MetadataOntology Read(JsonElement data)
    {
        var fields = new List<OntologyField>();
        foreach (JsonElement field in JsonRead.Array(data, "customMetadataOntology", "data").EnumerateArray())
        {
            const string path = "data.customMetadataOntology[]";
            string kindName = JsonRead.String(field, "kind", path);
            int kind = IndexOf(MetadataKinds.WireNames, kindName);
            if (kind < 0)
            {
                continue; // a kind this version does not know: leave the field out rather than guess
            }

            var options = new List<OntologyOption>();
            if (JsonRead.OptionalRaw(field, "options", path) is not null)
            {
                foreach (JsonElement option in JsonRead.Array(field, "options", path).EnumerateArray())
                {
                    options.Add(new OntologyOption(JsonRead.String(option, "id", path + ".options[]"), JsonRead.String(option, "name", path + ".options[]")));
                }
            }

            fields.Add(new OntologyField(JsonRead.String(field, "id", path), JsonRead.String(field, "name", path), (MetadataFieldKind)kind,
                JsonRead.OptionalBool(field, "reserved", path), options));
        }

        return new MetadataOntology(fields);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}

