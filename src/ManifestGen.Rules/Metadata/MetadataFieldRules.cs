using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Metadata;

/// <summary>
/// Which field a metadata entry sets, by its "name" and "schema_id" (LBX0401–LBX0403, LBX0408).
/// </summary>
internal static class MetadataFieldRules
{
    /// <summary>The field the entry sets, or null after adding the finding that says why it names none.</summary>
    public static MetadataFieldDefinition? Resolve(MetadataSchema schema, string? name, string? schemaId, List<Finding> findings)
    {
        if (name == null && schemaId == null)
        {
            findings.Add(new Finding(RuleCatalog.MetadataNameOrId, RowElement.MetadataEntry, null));
            return null;
        }

        MetadataFieldDefinition? byId = null;
        if (schemaId != null)
        {
            byId = schema.FindBySchemaId(schemaId);
            if (byId == null)
            {
                var option = schema.FindOptionById(schemaId);
                string hint = option != null
                    ? "it is the id of option '" + option.Value.Option.Name + "' of '" + option.Value.Field.Name
                        + "'; set the field instead: {\"name\": \"" + option.Value.Field.Name + "\", \"value\": \"" + option.Value.Option.Name + "\"}"
                    : "use the field's name, or declare the field with its schema_id in labelbox.metadata.json";
                findings.Add(new Finding(RuleCatalog.UnknownSchemaId, RowElement.MetadataSchemaId, null, Quote.Safe(schemaId), hint));
                return null;
            }
        }

        if (name == null)
        {
            return byId;
        }

        MetadataFieldDefinition? byName = schema.FindByName(name);
        if (byName == null)
        {
            var names = new List<string>(schema.Names);
            string? closest = Suggestions.Closest(name, names);
            string hint = closest != null
                ? "did you mean '" + closest + "'?"
                : "declare it in labelbox.metadata.json, or use a reserved field (tag, split, captureDateTime)";
            findings.Add(new Finding(RuleCatalog.UnknownMetadataName, RowElement.MetadataName, closest, Quote.Safe(name), hint));
            return null;
        }

        if (byId != null && !ReferenceEquals(byId, byName))
        {
            findings.Add(new Finding(RuleCatalog.NameAndIdDisagree, RowElement.MetadataSchemaId, null, Quote.Safe(name), Quote.Safe(schemaId!), byId.Name));
            return null;
        }

        return byName;
    }
}
