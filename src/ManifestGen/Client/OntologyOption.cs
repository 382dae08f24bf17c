namespace ManifestGen;

/// <summary>An option of an enum metadata field.</summary>
/// <param name="SchemaId">The option's schema id (sent as a field of its own, value <c>{}</c>).</param>
/// <param name="Name">The option's name.</param>
internal sealed record OntologyOption(string SchemaId, string Name);
