namespace ManifestGen;

/// <summary>A row an import task did not import, with the service's reason.</summary>
/// <param name="Message">The service's message, e.g. <c>Duplicate global key: 'gk-1'</c>.</param>
/// <param name="GlobalKey">The row's global key, if it had one.</param>
/// <param name="ExternalId">The row's external id, if it had one.</param>
/// <param name="RowData">The row's row_data as sent (for a local file: the uploaded URL).</param>
public sealed record FailedDataRow(string Message, string? GlobalKey, string? ExternalId, string? RowData);
