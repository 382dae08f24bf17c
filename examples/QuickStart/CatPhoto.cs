using System;
using ManifestGen;

namespace QuickStart;

/// <summary>The split a photo goes to; the members match the reserved "split" field's options.</summary>
internal enum SplitKind
{
    Train,
    Valid,
    Test,
}

/// <summary>
/// A row type of the application's own. [LabelboxDataRow] makes the generator check it against
/// Labelbox's rules at build time (a member of the wrong type, an enum member that is not an
/// option, an unknown field: LBX1001–LBX1012) and add ToDataRowSpec() and a reflection-free JSON
/// writer, so any number of these stream into an import file.
/// </summary>
[LabelboxDataRow]
internal sealed partial record CatPhoto([property: RowData] string Url, [property: GlobalKey] string Key)
{
    [Metadata("split")]
    public SplitKind? Split { get; init; }

    [Metadata("camera")]
    public string? Camera { get; init; }

    [Metadata("captureDateTime")]
    public DateTimeOffset? TakenAt { get; init; }

    [Attachment(AttachmentType.ImageOverlay, Name = "RGB")]
    public string? Overlay { get; init; }
}
