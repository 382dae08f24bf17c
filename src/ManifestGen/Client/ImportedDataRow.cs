namespace ManifestGen;

/// <summary>A row an import task created or updated.</summary>
/// <param name="Id">The data row id.</param>
/// <param name="GlobalKey">Its global key, if any.</param>
/// <param name="ExternalId">Its external id, if any.</param>
/// <param name="RowData">Its row_data.</param>
internal sealed record ImportedDataRow(string Id, string? GlobalKey, string? ExternalId, string? RowData);
