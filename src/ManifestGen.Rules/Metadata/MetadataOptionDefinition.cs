namespace ManifestGen.Rules.Metadata;

/// <summary>An option of an enum metadata field.</summary>
internal sealed class MetadataOptionDefinition
{
    public MetadataOptionDefinition(string name, string? schemaId)
    {
        Name = name;
        SchemaId = schemaId;
    }

    public string Name { get; }

    /// <summary>The option's schema id; null for a custom option declared by name only.</summary>
    public string? SchemaId { get; }
}
