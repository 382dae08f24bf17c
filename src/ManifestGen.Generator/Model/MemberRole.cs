namespace ManifestGen.Generator.Model;

/// <summary>Which ManifestGen attribute a member carries.</summary>
internal enum MemberRole
{
    RowData,
    GlobalKey,
    Metadata,
    Attachment,
}
