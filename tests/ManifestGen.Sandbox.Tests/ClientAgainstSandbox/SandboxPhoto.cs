using System;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

internal enum PhotoSplit
{
    Train,
    Valid,
    Test,
}

/// <summary>A generated row type, imported through <see cref="ILabelboxDataRow.ToDataRowSpec"/> into the sandbox.</summary>
[LabelboxDataRow]
internal sealed partial record SandboxPhoto([property: RowData] string Url, [property: GlobalKey] string Key)
{
    [Metadata("split")]
    public PhotoSplit? Split { get; init; }

    [Metadata("captureDateTime")]
    public DateTimeOffset? TakenAt { get; init; }

    [Metadata("tag")]
    public string? Tag { get; init; }

    [Attachment(AttachmentType.RawText, Name = "note")]
    public string? Note { get; init; }
}
