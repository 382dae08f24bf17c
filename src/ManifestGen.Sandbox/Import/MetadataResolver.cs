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
/// One resolver serves all the rows of a task, one row after the other: its collections are cleared
/// for each row, not allocated.
/// </summary>
internal sealed class MetadataResolver
{
    private readonly SandboxMetadataSchema ontology;
    private readonly List<OntologyNode> order = new();
    private readonly HashSet<string> fieldEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> values = new(StringComparer.Ordinal); // a value, or an enum's option node
    private readonly List<OntologyNode> enumsAwaitingOption = new();

    public MetadataResolver(SandboxMetadataSchema ontology) => this.ontology = ontology;

    /// <summary>Resolves the entries of both lists (either may be absent: <c>default</c>); both must be arrays.</summary>
    public IReadOnlyList<SandboxMetadataValue>? Resolve(JsonElement first, JsonElement second, ref string? error)
    {
        order.Clear();
        fieldEntries.Clear();
        values.Clear();
        enumsAwaitingOption.Clear();
        for (int list = 0; list < 2; list++)
        {
            JsonElement entries = list == 0 ? first : second;
            if (entries.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (JsonElement entry in entries.EnumerateArray())
            {
                error = ResolveOne(entry);
                if (error is not null)
                {
                    return null;
                }
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

        // Every field in the order has a value by now: an enum without its option was refused above.
        var resolved = new SandboxMetadataValue[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            OntologyNode field = order[i];
            object value = values[field.Id];
            resolved[i] = value is OntologyNode option ? option.Chosen! : new SandboxMetadataValue(field.Id, field.Name, field.Kind, value);
        }

        return resolved;
    }

    private string? ResolveOne(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return "A metadata entry must be an object with schemaId (or name) and value. Found " + JsonValues.Describe(entry);
        }

        OntologyNode? node;
        string? label;
        if (StringProperty(entry, "schemaId"u8, out JsonElement id) || StringProperty(entry, "schema_id"u8, out id))
        {
            node = ontology.FindById(id);
            label = node?.Id ?? id.GetString();
            if (node is null)
            {
                return "Schema Id `" + label + "` not found in ontology";
            }
        }
        else if (StringProperty(entry, "name"u8, out JsonElement name))
        {
            node = ontology.FindByName(name);
            label = node?.Name ?? name.GetString();
            if (node is null)
            {
                return "There is no metadata with name '" + label + "'";
            }
        }
        else
        {
            return "Custom metadata field must have either 'schemaId' or 'name' key";
        }

        if (!entry.TryGetProperty("value"u8, out JsonElement value))
        {
            return "Custom metadata field '" + (StringProperty(entry, "name"u8, out JsonElement given) ? given.GetString() : label) + "' must have a 'value' key";
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

        MetadataKind? kind = node.FieldKind;
        switch (kind)
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
            case MetadataKind.Enum when value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().MoveNext():
                enumsAwaitingOption.Add(node);
                return null;
            case MetadataKind.Enum when value.ValueKind == JsonValueKind.String:
                OntologyNode? option = FindOption(node, value);
                return option is null
                    ? "Option `" + value.GetString() + "` not found for " + node.Id
                    : Choose(node, option);
            default:
                string expected = kind switch
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

    /// <summary>An option by id, else by name, as the service matches a pass-through enum value.</summary>
    private static OntologyNode? FindOption(OntologyNode field, JsonElement value)
    {
        foreach (OntologyNode option in field.Options)
        {
            if (value.ValueEquals(option.Id))
            {
                return option;
            }
        }

        foreach (OntologyNode option in field.Options)
        {
            if (value.ValueEquals(option.Name))
            {
                return option;
            }
        }

        return null;
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

        values[field.Id] = option; // its shared value, below
        return null;
    }

    private static string Duplicate(OntologyNode field) => "A schemaId can only be specified once per DataRow : [" + field.Id + "]";

    private static bool StringProperty(JsonElement e, ReadOnlySpan<byte> name, out JsonElement value) =>
        e.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.String;
}
