using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Metadata;

/// <summary>The metadata fields a project may use: the reserved ones, then its declared ones.</summary>
internal sealed class MetadataSchema
{
    public static readonly MetadataSchema ReservedOnly = new(Array.Empty<MetadataFieldDefinition>());

    private readonly Dictionary<string, MetadataFieldDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetadataFieldDefinition> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MetadataFieldDefinition Field, MetadataOptionDefinition Option)> _optionsById = new(StringComparer.Ordinal);

    public MetadataSchema(IReadOnlyList<MetadataFieldDefinition> custom)
    {
        var all = new List<MetadataFieldDefinition>(ReservedMetadata.All);
        all.AddRange(custom);
        Fields = all;
        Custom = custom;
        foreach (MetadataFieldDefinition field in all)
        {
            // First definition wins; the schema parser reports later ones (LBX0602).
            if (!_byName.ContainsKey(field.Name))
            {
                _byName.Add(field.Name, field);
            }

            if (field.SchemaId != null && !_byId.ContainsKey(field.SchemaId))
            {
                _byId.Add(field.SchemaId, field);
            }

            foreach (MetadataOptionDefinition option in field.Options)
            {
                if (option.SchemaId != null && !_optionsById.ContainsKey(option.SchemaId))
                {
                    _optionsById.Add(option.SchemaId, (field, option));
                }
            }
        }
    }

    public IReadOnlyList<MetadataFieldDefinition> Fields { get; }

    public IReadOnlyList<MetadataFieldDefinition> Custom { get; }

    public IEnumerable<string> Names => _byName.Keys;

    public MetadataFieldDefinition? FindByName(string name) => _byName.TryGetValue(name, out MetadataFieldDefinition? f) ? f : null;

    public MetadataFieldDefinition? FindBySchemaId(string id) => _byId.TryGetValue(id, out MetadataFieldDefinition? f) ? f : null;

    /// <summary>The enum field and option an option schema id belongs to.</summary>
    public (MetadataFieldDefinition Field, MetadataOptionDefinition Option)? FindOptionById(string id) =>
        _optionsById.TryGetValue(id, out var found) ? found : null;
}
