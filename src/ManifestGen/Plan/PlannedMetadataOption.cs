namespace ManifestGen;

/// <summary>A declared option of an enum field in a schema plan.</summary>
public sealed record PlannedMetadataOption
{
    internal PlannedMetadataOption(string name, string? schemaId)
    {
        Name = name;
        SchemaId = schemaId;
    }

    /// <summary>The option's name.</summary>
    public string Name { get; init; }

    /// <summary>Its schema id in the organization; null while the organization lacks it.</summary>
    public string? SchemaId { get; init; }
}
