namespace ManifestGen;

/// <summary>
/// One metadata field set on a data row, named by schema id or by name (Labelbox resolves names
/// at import time).
/// </summary>
public sealed record DataRowMetadata
{
    /// <summary>Creates the field value.</summary>
    /// <param name="schemaId">The field's schema id, if known.</param>
    /// <param name="name">The field's name, if given.</param>
    /// <param name="value">The value.</param>
    public DataRowMetadata(string? schemaId, string? name, MetadataValue value)
    {
        SchemaId = schemaId;
        Name = name;
        Value = value;
    }

    /// <summary>The field's schema id, if known.</summary>
    public string? SchemaId { get; init; }

    /// <summary>The field's name, if given.</summary>
    public string? Name { get; init; }

    /// <summary>The value.</summary>
    public MetadataValue Value { get; init; }
}
