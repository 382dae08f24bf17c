using System;
using System.Collections.Generic;
using System.Text.Json;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Sandbox.Store;

/// <summary>A field (or enum option) of the organization's metadata ontology.</summary>
internal sealed record OntologyNode(string Id, string Name, string Kind, bool Reserved, IReadOnlyList<OntologyNode> Options, OntologyNode? Parent)
{
    public bool IsOption => Parent is not null;

    /// <summary>The field's kind; null for an option. Parsed once: every metadata entry of every row asks.</summary>
    public MetadataKind? FieldKind { get; } = MetadataKinds.TryParseWireName(Kind, out MetadataKind kind) ? kind : null;

    public bool IsEnum => Kind == MetadataKinds.WireNames[(int)MetadataKind.Enum];
}

/// <summary>Labelbox's reserved fields (from the shared rules) plus the configured custom fields.</summary>
internal sealed class MetadataOntology
{
    private readonly Dictionary<string, OntologyNode> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OntologyNode> byName = new(StringComparer.Ordinal);

    public MetadataOntology(IEnumerable<SandboxMetadataField> customFields)
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

            MetadataKind kind = custom.Kind switch
            {
                SandboxMetadataKind.String => MetadataKind.String,
                SandboxMetadataKind.Number => MetadataKind.Number,
                SandboxMetadataKind.DateTime => MetadataKind.DateTime,
                _ => MetadataKind.Enum,
            };
            fields.Add(Build(custom.SchemaId ?? SandboxIds.New(), custom.Name, MetadataKinds.WireNames[(int)kind], false, options));
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
    }

    /// <summary>The fields, reserved first, as <c>customMetadataOntology</c> lists them.</summary>
    public IReadOnlyList<OntologyNode> Fields { get; }

    // Looked up as a new string: .NET 8, which the package targets, has no dictionary lookup by span.

    /// <summary>The node whose id a JSON string holds.</summary>
    public OntologyNode? FindById(JsonElement id) => byId.GetValueOrDefault(id.GetString()!);

    /// <summary>The field or option with this schema id, or null.</summary>
    public OntologyNode? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>The field whose name a JSON string holds.</summary>
    public OntologyNode? FindByName(JsonElement name) => byName.GetValueOrDefault(name.GetString()!);

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
