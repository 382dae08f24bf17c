namespace ManifestGen.Generator.Model;

/// <summary>An enum option as the generator emits it.</summary>
internal sealed record MetadataOptionSpec(string Name, string? SchemaId);
