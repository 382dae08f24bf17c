namespace ManifestGen;

/// <summary>How a metadata value is written on the wire.</summary>
public enum MetadataValueKind
{
    /// <summary>A JSON string: text, an enum option, or a date-time.</summary>
    String,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>An array of numbers: an embedding.</summary>
    Vector,
}
