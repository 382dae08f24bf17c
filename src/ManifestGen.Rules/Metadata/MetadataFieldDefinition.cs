using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Metadata;

/// <summary>A metadata field: reserved by Labelbox, or declared in labelbox.metadata.json.</summary>
internal sealed class MetadataFieldDefinition
{
    public MetadataFieldDefinition(string name, MetadataKind kind, string? schemaId, bool reserved,
        IReadOnlyList<MetadataOptionDefinition>? options = null, int dimensions = 0)
    {
        Name = name;
        Kind = kind;
        SchemaId = schemaId;
        Reserved = reserved;
        Options = options ?? System.Array.Empty<MetadataOptionDefinition>();
        Dimensions = dimensions;
    }

    public string Name { get; }

    public MetadataKind Kind { get; }

    /// <summary>Null when only the name is known; the runtime then resolves it at submit time.</summary>
    public string? SchemaId { get; }

    public bool Reserved { get; }

    public IReadOnlyList<MetadataOptionDefinition> Options { get; }

    /// <summary>The vector length of an embedding field.</summary>
    public int Dimensions { get; }

    public MetadataOptionDefinition? FindOption(string nameOrId) => FindOption(nameOrId.AsSpan());

    /// <summary>The option with this name or schema id, found without a string of it.</summary>
    public MetadataOptionDefinition? FindOption(ReadOnlySpan<char> nameOrId)
    {
        // Indexed, not foreach: enumerating an IReadOnlyList allocates, and this runs for every enum value.
        for (int i = 0; i < Options.Count; i++)
        {
            MetadataOptionDefinition option = Options[i];
            if (nameOrId.SequenceEqual(option.Name.AsSpan()) || (option.SchemaId != null && nameOrId.SequenceEqual(option.SchemaId.AsSpan())))
            {
                return option;
            }
        }

        return null;
    }
}
