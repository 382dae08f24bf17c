using System.Collections.Generic;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// When rows go to a callback that does not keep them, the parser reads every row into the same
/// objects: a 100,000-row manifest then allocates its strings and nothing else per row.
/// </summary>
internal sealed class RowRecycler
{
    private readonly ManifestRow _row = new();
    private readonly List<ManifestMetadata> _metadataList = new();
    private readonly List<ManifestAttachment> _attachmentList = new();
    private readonly List<ManifestMetadata> _metadata = new();
    private readonly List<ManifestAttachment> _attachments = new();
    private int _metadataUsed;
    private int _attachmentsUsed;

    /// <summary>The row object, emptied; also frees every metadata field and attachment for reuse.</summary>
    public ManifestRow NextRow()
    {
        _row.RowData = default;
        _row.GlobalKey = default;
        _row.ExternalId = default;
        _row.MediaType = default;
        _row.Metadata = null;
        _row.Attachments = null;
        _metadataUsed = 0;
        _attachmentsUsed = 0;
        return _row;
    }

    public List<ManifestMetadata> MetadataList()
    {
        _metadataList.Clear();
        return _metadataList;
    }

    public List<ManifestAttachment> AttachmentList()
    {
        _attachmentList.Clear();
        return _attachmentList;
    }

    public ManifestMetadata NextMetadata()
    {
        if (_metadataUsed == _metadata.Count)
        {
            _metadata.Add(new ManifestMetadata());
        }

        ManifestMetadata field = _metadata[_metadataUsed++];
        field.Name = default;
        field.SchemaId = default;
        field.Value = default;
        return field;
    }

    public ManifestAttachment NextAttachment()
    {
        if (_attachmentsUsed == _attachments.Count)
        {
            _attachments.Add(new ManifestAttachment());
        }

        ManifestAttachment attachment = _attachments[_attachmentsUsed++];
        attachment.Type = default;
        attachment.Value = default;
        attachment.Name = default;
        return attachment;
    }
}
