namespace ManifestGen;

/// <summary>A declared option of an enum field in a schema plan.</summary>
/// <param name="Name">The option's name.</param>
/// <param name="SchemaId">Its schema id in the organization; null while the organization lacks it.</param>
public sealed record PlannedMetadataOption(string Name, string? SchemaId);
