namespace ManifestGen;

/// <summary>A row an import task did not import, with the service's reason.</summary>
public sealed record FailedDataRow
{
    internal FailedDataRow(string message, string? globalKey, string? externalId, string? rowData)
    {
        Message = message;
        GlobalKey = globalKey;
        ExternalId = externalId;
        RowData = rowData;
    }

    /// <summary>The service's message, e.g. <c>Duplicate global key: 'gk-1'</c>.</summary>
    public string Message { get; init; }

    /// <summary>The row's global key, if it had one.</summary>
    public string? GlobalKey { get; init; }

    /// <summary>The row's external id, if it had one.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The row's row_data as sent (for a local file: the uploaded URL).</summary>
    public string? RowData { get; init; }
}
