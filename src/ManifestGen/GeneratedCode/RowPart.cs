namespace ManifestGen.GeneratedCode;

/// <summary>Where a row's object stands while a sink writes it, in import-file order.</summary>
internal enum RowPart : byte
{
    /// <summary>row_data and global_key written; media_type not yet.</summary>
    Header,

    /// <summary>Inside the metadata_fields array.</summary>
    Metadata,

    /// <summary>Inside the attachments array.</summary>
    Attachments,

    /// <summary>The object is being closed.</summary>
    Done,
}
