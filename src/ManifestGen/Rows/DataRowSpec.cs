using System.Collections.Generic;
using ManifestGen.Rows;

namespace ManifestGen;

/// <summary>
/// One data row to import into Labelbox: the image, its global key and its metadata and
/// attachments. Immutable, compared by value.
/// </summary>
public sealed record DataRowSpec
{
    private readonly ValueList<DataRowMetadata> _metadata = ValueList<DataRowMetadata>.Empty;
    private readonly ValueList<Attachment> _attachments = ValueList<Attachment>.Empty;

    /// <summary>Creates a row for an image at an https URL or a local path.</summary>
    /// <param name="rowData">The https URL of the image, or its local path (uploaded first).</param>
    public DataRowSpec(string rowData) => RowData = rowData ?? throw new System.ArgumentNullException(nameof(rowData));

    /// <summary>Starts a row for an image at an https URL (or a local path, uploaded first).</summary>
    /// <param name="rowData">The https URL of the image, e.g. a signed URL or a virtual-hosted S3 URL.</param>
    public static DataRowSpecBuilder Image(string rowData) =>
        new(rowData ?? throw new System.ArgumentNullException(nameof(rowData)), ManifestGen.MediaType.Image);

    /// <summary>Starts a row for a local image file, uploaded directly (JPG, PNG or BMP, at most 256 MB).</summary>
    public static DataRowSpecBuilder Image(System.IO.FileInfo file) =>
        new((file ?? throw new System.ArgumentNullException(nameof(file))).FullName, ManifestGen.MediaType.Image);

    /// <summary>The https URL of the image, or a local path to upload.</summary>
    public string RowData { get; init; }

    /// <summary>The row's key, unique in the organization; lets a re-run update instead of duplicate.</summary>
    public string? GlobalKey { get; init; }

    /// <summary>An external id of your own.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The media type; null lets Labelbox detect it.</summary>
    public MediaType? MediaType { get; init; }

    /// <summary>Metadata fields set on the row.</summary>
    public IReadOnlyList<DataRowMetadata> Metadata
    {
        get => _metadata;
        init => _metadata = ValueList<DataRowMetadata>.From(value);
    }

    /// <summary>Attachments shown beside the row.</summary>
    public IReadOnlyList<Attachment> Attachments
    {
        get => _attachments;
        init => _attachments = ValueList<Attachment>.From(value);
    }
}
