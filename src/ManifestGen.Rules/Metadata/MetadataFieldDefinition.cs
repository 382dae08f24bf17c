using System.Collections.Generic;

namespace ManifestGen.Rules.Metadata;

/// <summary>A metadata field: reserved by Labelbox, or declared in labelbox.metadata.json.</summary>
internal sealed class MetadataField
{
    public MetadataField(string name, MetadataKind kind, string? schemaId, bool reserved,
        IReadOnlyList<MetadataOption>? options = null, int dimensions = 0)
    {
        Name = name;
        Kind = kind;
        SchemaId = schemaId;
        Reserved = reserved;
        Options = options ?? System.Array.Empty<MetadataOption>();
        Dimensions = dimensions;
    }

    public string Name { get; }

    public MetadataKind Kind { get; }

    /// <summary>Null when only the name is known; the runtime then resolves it at submit time.</summary>
    public string? SchemaId { get; }

    public bool Reserved { get; }

    public IReadOnlyList<MetadataOption> Options { get; }

    /// <summary>The vector length of an embedding field.</summary>
    public int Dimensions { get; }

    public MetadataOption? FindOption(string nameOrId)
    {
        foreach (MetadataOption option in Options)
        {
            if (option.Name == nameOrId || (option.SchemaId != null && option.SchemaId == nameOrId))
            {
                return option;
            }
        }

        return null;
    }
}
