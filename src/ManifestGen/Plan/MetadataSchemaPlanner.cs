using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Plan;

/// <summary>
/// Compares declared fields with the organization's ontology. Names match exactly, as the SDK looks them up
/// (<c>get_by_name</c> is a dictionary of the service's names); fields and options the organization has beyond
/// the declared ones are left alone.
/// </summary>
internal static class MetadataSchemaPlanner
{
    public static MetadataSchemaPlan Plan(IReadOnlyList<MetadataFieldDefinition> declared, MetadataOntology ontology)
    {
        var fields = new List<PlannedMetadataField>(declared.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (MetadataFieldDefinition field in declared)
        {
            // The first declaration of a name wins, as MetadataSchema reads it (the file's parser reports the others).
            if (seen.Add(field.Name))
            {
                fields.Add(PlanField(field, ontology.FindByName(field.Name)));
            }
        }

        return new MetadataSchemaPlan(declared, fields);
    }

    private static PlannedMetadataField PlanField(MetadataFieldDefinition field, OntologyField? existing)
    {
        var kind = (MetadataFieldKind)field.Kind;
        if (existing is null)
        {
            return new PlannedMetadataField(field.Name, kind, PlannedMetadataChange.Missing, null,
                field.Options.Select(o => new PlannedMetadataOption(o.Name, null)).ToArray(), null);
        }

        if (existing.Kind != kind)
        {
            return new PlannedMetadataField(field.Name, kind, PlannedMetadataChange.Conflict, existing.SchemaId,
                field.Options.Select(o => new PlannedMetadataOption(o.Name, null)).ToArray(),
                "the organization's field '" + field.Name + "' is " + Article(existing.Kind) + " field, declared as " + Article(kind)
                + " one; a field's kind never changes: rename it in labelbox.metadata.json, or change it in Labelbox");
        }

        PlannedMetadataOption[] options = field.Options
            .Select(o => new PlannedMetadataOption(o.Name, existing.Options.FirstOrDefault(e => e.Name == o.Name)?.SchemaId))
            .ToArray();
        string[] missing = options.Where(o => o.SchemaId is null).Select(o => o.Name).ToArray();
        if (missing.Length == 0)
        {
            return new PlannedMetadataField(field.Name, kind, PlannedMetadataChange.Unchanged, existing.SchemaId, options, null);
        }

        return existing.Reserved
            ? new PlannedMetadataField(field.Name, kind, PlannedMetadataChange.Conflict, existing.SchemaId, options,
                "'" + field.Name + "' is reserved by Labelbox and has no option " + string.Join(", ", missing.Select(m => "'" + m + "'"))
                + "; a reserved field's options cannot be added to")
            : new PlannedMetadataField(field.Name, kind, PlannedMetadataChange.MissingOptions, existing.SchemaId, options, null);
    }

    private static string Article(MetadataFieldKind kind) =>
        (kind == MetadataFieldKind.Enum || kind == MetadataFieldKind.Embedding ? "an " : "a ") + MetadataKinds.FileName((MetadataKind)kind);
}
