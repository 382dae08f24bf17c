using System;
using System.Collections.Generic;

namespace ManifestGen;

/// <summary>A data row as Labelbox holds it, read back after an import.</summary>
public sealed record LabelboxDataRow
{
    internal LabelboxDataRow(string id, string? datasetId, string? globalKey, string? externalId, string rowData, DateTimeOffset? createdAt, DateTimeOffset? updatedAt, IReadOnlyList<DataRowMetadataValue> metadata, IReadOnlyList<DataRowAttachment> attachments)
    {
        Id = id;
        DatasetId = datasetId;
        GlobalKey = globalKey;
        ExternalId = externalId;
        RowData = rowData;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        Metadata = metadata;
        Attachments = attachments;
    }

    /// <summary>The data row id.</summary>
    public string Id { get; init; }

    /// <summary>The dataset it belongs to.</summary>
    public string? DatasetId { get; init; }

    /// <summary>Its global key, if any.</summary>
    public string? GlobalKey { get; init; }

    /// <summary>Its external id, if any.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Its row_data: a URL, or the URL Labelbox gave an uploaded file.</summary>
    public string RowData { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last written.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Its metadata values.</summary>
    public IReadOnlyList<DataRowMetadataValue> Metadata { get; init; }

    /// <summary>Its attachments.</summary>
    public IReadOnlyList<DataRowAttachment> Attachments { get; init; }
}
