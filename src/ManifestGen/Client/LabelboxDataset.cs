namespace ManifestGen;

/// <summary>A Labelbox dataset, as the service describes it.</summary>
/// <param name="Id">The dataset id.</param>
/// <param name="Name">Its name (not unique).</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="RowCount">How many data rows it holds.</param>
public sealed record LabelboxDataset(string Id, string Name, string? Description, long RowCount);
