namespace ManifestGen;

/// <summary>One metadata value of a stored data row.</summary>
/// <param name="SchemaId">The field's schema id.</param>
/// <param name="Name">The field's name.</param>
/// <param name="Value">The value as text: a string as it is, a number in invariant culture, a datetime as Labelbox
/// writes it, an enum option's schema id, an embedding as its JSON array.</param>
public sealed record DataRowMetadataValue(string SchemaId, string? Name, string? Value);
