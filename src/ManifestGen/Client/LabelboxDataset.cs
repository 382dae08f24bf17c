namespace ManifestGen;

/// <summary>A Labelbox dataset, as the service describes it.</summary>
public sealed record LabelboxDataset
{
    internal LabelboxDataset(string id, string name, string? description, long rowCount)
    {
        Id = id;
        Name = name;
        Description = description;
        RowCount = rowCount;
    }

    /// <summary>The dataset id.</summary>
    public string Id { get; init; }

    /// <summary>Its name (not unique).</summary>
    public string Name { get; init; }

    /// <summary>Its description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>How many data rows it holds.</summary>
    public long RowCount { get; init; }
}
