namespace ManifestGen;

/// <summary>One attachment of a stored data row.</summary>
public sealed record DataRowAttachment
{
    internal DataRowAttachment(string? id, string type, string value, string? name)
    {
        Id = id;
        Type = type;
        Value = value;
        Name = name;
    }

    /// <summary>The attachment's id, if the service gives one.</summary>
    public string? Id { get; init; }

    /// <summary>IMAGE, RAW_TEXT, IMAGE_OVERLAY…</summary>
    public string Type { get; init; }

    /// <summary>A URL or the text.</summary>
    public string Value { get; init; }

    /// <summary>Its name, if any.</summary>
    public string? Name { get; init; }
}
