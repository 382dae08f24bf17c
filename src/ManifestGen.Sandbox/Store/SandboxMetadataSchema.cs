using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ManifestGen.Rules.Metadata;
using ManifestGen.Sandbox.Import;

namespace ManifestGen.Sandbox.Store;

/// <summary>A field (or enum option) of the organization's metadata ontology.</summary>
internal sealed record OntologyNode(string Id, string Name, string Kind, bool Reserved, IReadOnlyList<OntologyNode> Options, OntologyNode? Parent)
{
    public bool IsOption => Parent is not null;

    /// <summary>The field's kind; null for an option. Parsed once: every metadata entry of every row asks.</summary>
    public MetadataKind? FieldKind { get; } = MetadataKinds.TryParseWireName(Kind, out MetadataKind kind) ? kind : null;

    /// <summary>For an option, its field's value when chosen: one instance for all the rows that choose it, not one each.</summary>
    public SandboxMetadataValue? Chosen { get; } = Parent is null ? null : new SandboxMetadataValue(Parent.Id, Parent.Name, Parent.Kind, Id);

    public bool IsEnum => Kind == MetadataKinds.WireNames[(int)MetadataKind.Enum];
}

/// <summary>Labelbox's reserved fields (from the shared rules) plus the configured custom fields.</summary>
internal sealed class SandboxMetadataSchema
{
    /// <summary>Up to this many nodes, comparing with each is cheaper than a new string to look up.</summary>
    private const int MaxScanned = 64;

    private readonly Dictionary<string, OntologyNode> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OntologyNode> byName = new(StringComparer.Ordinal);

    // Every node's id and every field's name as UTF-8, compared in place with a JSON string: .NET 8, which the package
    // targets, has no dictionary lookup by span, and a new string per metadata entry of every row was 22 MB of garbage
    // in a 100,000-row import. Null for an ontology too large to scan per entry: then looked up as a new string.
    private readonly (byte[] Utf8, OntologyNode Node)[]? idsToScan;
    private readonly (byte[] Utf8, OntologyNode Node)[]? namesToScan;

    public SandboxMetadataSchema(IEnumerable<SandboxMetadataField> customFields)
    {
        var fields = new List<OntologyNode>();
        foreach (MetadataFieldDefinition reserved in ReservedMetadata.All)
        {
            var options = new List<(string Name, string Id)>();
            foreach (MetadataOptionDefinition option in reserved.Options)
            {
                options.Add((option.Name, option.SchemaId!));
            }

            fields.Add(Build(reserved.SchemaId!, reserved.Name, MetadataKinds.WireNames[(int)reserved.Kind], true, options));
        }

        foreach (SandboxMetadataField custom in customFields)
        {
            if (byName.ContainsKey(custom.Name) || fields.Exists(f => f.Name == custom.Name))
            {
                throw new ArgumentException("Metadata field '" + custom.Name + "' is defined twice (or redefines a reserved field).", nameof(customFields));
            }

            var options = new List<(string Name, string Id)>();
            foreach (string option in custom.Options)
            {
                string? id = null;
                custom.OptionSchemaIds?.TryGetValue(option, out id);
                options.Add((option, id ?? SandboxIds.New()));
            }

            fields.Add(Build(custom.SchemaId ?? SandboxIds.New(), custom.Name, SandboxMetadataKinds.WireName(custom.Kind), false, options));
        }

        foreach (OntologyNode field in fields)
        {
            Add(field);
            byName[field.Name] = field;
            foreach (OntologyNode option in field.Options)
            {
                Add(option);
            }
        }

        Fields = fields;
        if (byId.Count <= MaxScanned)
        {
            idsToScan = Utf8Keys(byId);
            namesToScan = Utf8Keys(byName);
        }
    }

    /// <summary>The fields, reserved first, as <c>customMetadataOntology</c> lists them.</summary>
    public IReadOnlyList<OntologyNode> Fields { get; }

    /// <summary>The node whose id the JSON string at <paramref name="id"/> in <paramref name="json"/> holds.</summary>
    public OntologyNode? FindById(JsonSpot id, ReadOnlySpan<byte> json) => idsToScan is null ? byId.GetValueOrDefault(id.GetString(json)) : Scan(idsToScan, id, json);

    /// <summary>The field or option with this schema id, or null.</summary>
    public OntologyNode? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>The field whose name the JSON string at <paramref name="name"/> in <paramref name="json"/> holds.</summary>
    public OntologyNode? FindByName(JsonSpot name, ReadOnlySpan<byte> json) => namesToScan is null ? byName.GetValueOrDefault(name.GetString(json)) : Scan(namesToScan, name, json);

    private static (byte[] Utf8, OntologyNode Node)[] Utf8Keys(Dictionary<string, OntologyNode> nodes)
    {
        var keys = new List<(byte[], OntologyNode)>(nodes.Count);
        foreach ((string key, OntologyNode node) in nodes)
        {
            keys.Add((Encoding.UTF8.GetBytes(key), node));
        }

        return keys.ToArray();
    }

    private static OntologyNode? Scan((byte[] Utf8, OntologyNode Node)[] keys, JsonSpot value, ReadOnlySpan<byte> json)
    {
        foreach ((byte[] utf8, OntologyNode node) in keys)
        {
            if (value.TextEquals(json, utf8))
            {
                return node;
            }
        }

        return null;
    }

    private void Add(OntologyNode node)
    {
        if (!byId.TryAdd(node.Id, node))
        {
            throw new ArgumentException("Metadata schema id '" + node.Id + "' is used twice.");
        }
    }

    private static OntologyNode Build(string id, string name, string kind, bool reserved, List<(string Name, string Id)> options)
    {
        var optionNodes = new List<OntologyNode>();
        var field = new OntologyNode(id, name, kind, reserved, optionNodes, null);
        foreach ((string optionName, string optionId) in options)
        {
            optionNodes.Add(new OntologyNode(optionId, optionName, MetadataKinds.EnumOptionWireName, reserved, Array.Empty<OntologyNode>(), field));
        }

        return field;
    }
}
