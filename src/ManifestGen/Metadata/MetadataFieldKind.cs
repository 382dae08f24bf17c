namespace ManifestGen;

/// <summary>The kinds of Labelbox metadata fields.</summary>
public enum MetadataFieldKind
{
    /// <summary>Text, at most 4096 characters.</summary>
    String,

    /// <summary>A finite number.</summary>
    Number,

    /// <summary>A date and time, stored as UTC to the second.</summary>
    DateTime,

    /// <summary>One of a fixed set of options.</summary>
    Enum,

    /// <summary>A vector of a fixed number of finite numbers.</summary>
    Embedding,
}
