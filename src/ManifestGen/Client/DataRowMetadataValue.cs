namespace ManifestGen;

/// <summary>One metadata value of a stored data row.</summary>
public sealed record DataRowMetadataValue
{
    internal DataRowMetadataValue(string schemaId, string? name, string? value)
    {
        SchemaId = schemaId;
        Name = name;
        Value = value;
    }

    /// <summary>The field's schema id.</summary>
    public string SchemaId { get; init; }

    /// <summary>The field's name.</summary>
    public string? Name { get; init; }

    /// <summary>The value as text: a string as it is, a number in invariant culture, a datetime as Labelbox writes it, an enum option's schema id, an embedding as its JSON array.</summary>
    public string? Value { get; init; }
}
