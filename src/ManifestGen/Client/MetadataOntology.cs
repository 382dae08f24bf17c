using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Metadata;

namespace ManifestGen;

/// <summary>
/// The organization's metadata fields (<c>customMetadataOntology</c>): reserved and custom, with their
/// schema ids, so fields and enum options given by name can be sent by id.
/// </summary>
public sealed class MetadataOntology
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
}
