using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ManifestGen.Rules.Metadata;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Resolves a row's metadata entries against the ontology. Takes both wire forms: the SDK's
/// <c>metadata_fields</c> (<c>{"schemaId","value"}</c>; an enum as two entries, the field with
/// <c>{}</c> and the option id with <c>{}</c>) and the pass-through <c>metadata</c>
/// (<c>{"name"|"schema_id","value"}</c>, an enum's value being an option name or id).
/// </summary>
internal sealed class MetadataResolver
{
    private readonly MetadataOntology ontology;
    private readonly List<OntologyNode> order = new();
    private readonly HashSet<string> fieldEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> values = new(StringComparer.Ordinal);

    public MetadataResolver(MetadataOntology ontology) => this.ontology = ontology;

    public IReadOnlyList<SandboxMetadataValue>? Resolve(IEnumerable<JsonElement> entries, ref string? error)
    {
        var enumsAwaitingOption = new List<OntologyNode>();
        foreach (JsonElement entry in entries)
        {
            error = ResolveOne(entry, enumsAwaitingOption);
            if (error is not null)
            {
                return null;
            }
        }

        foreach (OntologyNode field in enumsAwaitingOption)
        {
            if (!values.ContainsKey(field.Id))
            {
                error = "Metadata field '" + field.Name + "' needs one of its options: " + string.Join(", ", field.Options.Select(o => o.Name));
                return null;
            }
        }

        return order.Where(f => values.ContainsKey(f.Id))
            .Select(f => new SandboxMetadataValue(f.Id, f.Name, f.Kind, values[f.Id]))
            .ToArray();
    }

    private string? ResolveOne(JsonElement entry, List<OntologyNode> enumsAwaitingOption)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return "A metadata entry must be an object with schemaId (or name) and value. Found " + JsonValues.Describe(entry);
        }

        string? id = Text(entry, "schemaId") ?? Text(entry, "schema_id");
        string? name = Text(entry, "name");
        OntologyNode? node;
        if (id is not null)
        {
            node = ontology.FindById(id);
            if (node is null)
            {
                return "Schema Id `" + id + "` not found in ontology";
            }
        }
        else if (name is not null)
        {
            node = ontology.FindByName(name);
            if (node is null)
            {
                return "There is no metadata with name '" + name + "'";
            }
        }
        else
        {
            return "Custom metadata field must have either 'schemaId' or 'name' key";
        }

        if (!entry.TryGetProperty("value", out JsonElement value))
        {
            return "Custom metadata field '" + (name ?? id) + "' must have a 'value' key";
        }

        if (node.IsOption)
        {
            return Choose(node.Parent!, node);
        }

        if (!fieldEntries.Add(node.Id))
        {
            return Duplicate(node);
        }

        if (!order.Contains(node))
        {
            order.Add(node);
        }

        int kind = MetadataKinds.WireNames.ToList().IndexOf(node.Kind);
        switch ((MetadataKind)kind)
        {
            case MetadataKind.String when value.ValueKind == JsonValueKind.String:
                values[node.Id] = value.GetString()!;
                return null;
            case MetadataKind.Number when value.ValueKind == JsonValueKind.Number:
                values[node.Id] = value.GetDouble();
                return null;
            case MetadataKind.Number when value.ValueKind == JsonValueKind.String
                && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number):
                values[node.Id] = number;
                return null;
            case MetadataKind.DateTime when value.ValueKind == JsonValueKind.String && IsoDateTimes.TryParse(value.GetString()!, out DateTimeOffset when):
                values[node.Id] = IsoDateTimes.ToWire(when);
                return null;
            case MetadataKind.Enum when value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().Any():
                enumsAwaitingOption.Add(node);
                return null;
            case MetadataKind.Enum when value.ValueKind == JsonValueKind.String:
                OntologyNode? option = node.Options.FirstOrDefault(o => o.Id == value.GetString()) ?? node.Options.FirstOrDefault(o => o.Name == value.GetString());
                return option is null
                    ? "Option `" + value.GetString() + "` not found for " + node.Id
                    : Choose(node, option);
            default:
                string expected = (MetadataKind)kind switch
                {
                    MetadataKind.String => "a string",
                    MetadataKind.Number => "a number",
                    MetadataKind.DateTime => "an ISO-8601 datetime string",
                    MetadataKind.Enum => "{} with an option entry, or an option name or id",
                    _ => "a supported value",
                };
                return "Invalid value for metadata field '" + node.Name + "' (" + node.Kind + "): expected " + expected + ", got " + JsonValues.Describe(value);
        }
    }

    private string? Choose(OntologyNode field, OntologyNode option)
    {
        if (values.ContainsKey(field.Id))
        {
            return Duplicate(field);
        }

        if (!order.Contains(field))
        {
            order.Add(field);
        }

        values[field.Id] = option.Id;
        return null;
    }

    private static string Duplicate(OntologyNode field) => "A schemaId can only be specified once per DataRow : [" + field.Id + "]";

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
