namespace ManifestGen.Rules.Metadata;

/// <summary>The kinds of Labelbox metadata fields.</summary>
internal enum MetadataKind
{
    String,
    Number,
    DateTime,
    Enum,
    Embedding,
}
