using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Metadata;

/// <summary>The metadata fields a project may use: the reserved ones, then its declared ones.</summary>
internal sealed class MetadataSchema
{
    public static readonly MetadataSchema ReservedOnly = new(Array.Empty<MetadataField>());

    private readonly Dictionary<string, MetadataField> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetadataField> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MetadataField Field, MetadataOption Option)> _optionsById = new(StringComparer.Ordinal);

    public MetadataSchema(IReadOnlyList<MetadataField> custom)
    {
        var all = new List<MetadataField>(ReservedMetadata.All);
        all.AddRange(custom);
        Fields = all;
        Custom = custom;
        foreach (MetadataField field in all)
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

            foreach (MetadataOption option in field.Options)
            {
                if (option.SchemaId != null && !_optionsById.ContainsKey(option.SchemaId))
                {
                    _optionsById.Add(option.SchemaId, (field, option));
                }
            }
        }
    }

    public IReadOnlyList<MetadataField> Fields { get; }

    public IReadOnlyList<MetadataField> Custom { get; }

    public IEnumerable<string> Names => _byName.Keys;

    public MetadataField? FindByName(string name) => _byName.TryGetValue(name, out MetadataField? f) ? f : null;

    public MetadataField? FindBySchemaId(string id) => _byId.TryGetValue(id, out MetadataField? f) ? f : null;

    /// <summary>The enum field and option an option schema id belongs to.</summary>
    public (MetadataField Field, MetadataOption Option)? FindOptionById(string id) =>
        _optionsById.TryGetValue(id, out var found) ? found : null;
}
