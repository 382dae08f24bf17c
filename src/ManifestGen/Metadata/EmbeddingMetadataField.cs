using System;

namespace ManifestGen;

/// <summary>An embedding metadata field: a vector of exactly <see cref="Dimensions"/> numbers.</summary>
public sealed class EmbeddingMetadataField : MetadataField
{
    internal EmbeddingMetadataField(string name, int dimensions, string? schemaId)
        : base(name, schemaId, MetadataFieldKind.Embedding)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, Rules.Metadata.MetadataKinds.MaxEmbeddingDimensions);
        Dimensions = dimensions;
    }

    /// <summary>How many numbers a value has.</summary>
    public int Dimensions { get; }

    internal override Rules.Metadata.MetadataFieldDefinition ToDefinition() =>
        new(Name, Rules.Metadata.MetadataKind.Embedding, SchemaId, reserved: false, dimensions: Dimensions);
}
