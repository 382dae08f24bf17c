using System;
using System.Collections.Generic;

namespace ManifestGen;

/// <summary>A data row as Labelbox holds it, read back after an import.</summary>
/// <param name="Id">The data row id.</param>
/// <param name="DatasetId">The dataset it belongs to.</param>
/// <param name="GlobalKey">Its global key, if any.</param>
/// <param name="ExternalId">Its external id, if any.</param>
/// <param name="RowData">Its row_data: a URL, or the URL Labelbox gave an uploaded file.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last written.</param>
/// <param name="Metadata">Its metadata values.</param>
/// <param name="Attachments">Its attachments.</param>
public sealed record LabelboxDataRow(
    string Id,
    string? DatasetId,
    string? GlobalKey,
    string? ExternalId,
    string RowData,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<DataRowMetadataValue> Metadata,
    IReadOnlyList<DataRowAttachment> Attachments);
