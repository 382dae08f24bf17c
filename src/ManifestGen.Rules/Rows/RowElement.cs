namespace ManifestGen.Rules.Rows;

/// <summary>
/// The element of a data row a <see cref="Diagnostics.Finding"/> concerns. The caller turns it into a
/// place: a token of a manifest, a C# constant, or a built row's problem list.
/// </summary>
internal enum RowElement
{
    /// <summary>row_data; when the row has none, the row.</summary>
    RowData,

    /// <summary>global_key.</summary>
    GlobalKey,

    /// <summary>media_type.</summary>
    MediaType,

    /// <summary>A metadata entry as a whole (it names no field).</summary>
    MetadataEntry,

    /// <summary>The "name" of a metadata entry.</summary>
    MetadataName,

    /// <summary>The "schema_id" of a metadata entry.</summary>
    MetadataSchemaId,

    /// <summary>The "value" of a metadata entry; when it has none, the entry.</summary>
    MetadataValue,

    /// <summary>An attachment as a whole (it lacks a part).</summary>
    Attachment,

    /// <summary>The "type" of an attachment.</summary>
    AttachmentType,

    /// <summary>The "value" of an attachment.</summary>
    AttachmentValue,
}
