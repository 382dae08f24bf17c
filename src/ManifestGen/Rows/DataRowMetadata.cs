namespace ManifestGen;

/// <summary>
/// One metadata field set on a data row, named by schema id or by name (Labelbox resolves names
/// at import time).
/// </summary>
/// <param name="SchemaId">The field's schema id, if known.</param>
/// <param name="Name">The field's name, if given.</param>
/// <param name="Value">The value.</param>
public sealed record DataRowMetadata(string? SchemaId, string? Name, MetadataValue Value);
