namespace ManifestGen;

/// <summary>A row an import task created or updated.</summary>
public sealed record ImportedDataRow
{
    internal ImportedDataRow(string id, string? globalKey, string? externalId, string? rowData)
    {
        Id = id;
        GlobalKey = globalKey;
        ExternalId = externalId;
        RowData = rowData;
    }

    /// <summary>The data row id.</summary>
    public string Id { get; init; }

    /// <summary>Its global key, if any.</summary>
    public string? GlobalKey { get; init; }

    /// <summary>Its external id, if any.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Its row_data.</summary>
    public string? RowData { get; init; }
}
