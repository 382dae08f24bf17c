using System;
using System.Collections.Generic;
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
    private readonly Dictionary<string, OntologyNode> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OntologyNode> byName = new(StringComparer.Ordinal);
    private readonly Utf8Lookup idsAsUtf8;
    private readonly Utf8Lookup namesAsUtf8;

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
        idsAsUtf8 = new Utf8Lookup(byId);
        namesAsUtf8 = new Utf8Lookup(byName);
    }

    /// <summary>The fields, reserved first, as <c>customMetadataOntology</c> lists them.</summary>
    public IReadOnlyList<OntologyNode> Fields { get; }

    /// <summary>The node whose id the JSON string at <paramref name="id"/> in <paramref name="json"/> holds.</summary>
    public OntologyNode? FindById(JsonSpot id, ReadOnlySpan<byte> json) => Find(id, json, idsAsUtf8, byId);

    /// <summary>The field or option with this schema id, or null.</summary>
    public OntologyNode? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>The field whose name the JSON string at <paramref name="name"/> in <paramref name="json"/> holds.</summary>
    public OntologyNode? FindByName(JsonSpot name, ReadOnlySpan<byte> json) => Find(name, json, namesAsUtf8, byName);

    /// <summary>An unescaped string by its bytes, as they are its text; an escaped one, rare, by the text it reads as.</summary>
    private static OntologyNode? Find(JsonSpot key, ReadOnlySpan<byte> json, Utf8Lookup asUtf8, Dictionary<string, OntologyNode> asText) =>
        key.IsEscaped ? asText.GetValueOrDefault(key.GetString(json)) : asUtf8.Find(key.RawText(json));

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
