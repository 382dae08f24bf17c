using System;
using ManifestGen.Rules.Rows;

namespace ManifestGen.Rules.Manifest;

/// <summary>A parsed manifest row as <see cref="RowRules"/> reads it; one instance serves row after row.</summary>
internal sealed class ManifestRowValues : IRowValues
{
    private readonly Func<int, string> _describe;

    /// <param name="describe">Names an offset of the file for messages ("line 3, column 7").</param>
    public ManifestRowValues(Func<int, string> describe) => _describe = describe;

    /// <summary>The row read now.</summary>
    public ManifestRow Row { get; set; } = new();

    public string? RowData => Row.RowData.Value;

    public ReadOnlySpan<char> RowDataText => Row.RowData.Text;

    public bool HasGlobalKey => Row.GlobalKey.IsPresent;

    public ReadOnlySpan<char> GlobalKeyText => Row.GlobalKey.Text;

    public string? MediaType => Row.MediaType.Value;

    public int MetadataCount => Row.Metadata?.Count ?? 0;

    public int AttachmentCount => Row.Attachments?.Count ?? 0;

    public string? MetadataName(int entry) => Row.Metadata![entry].Name.Value;

    public string? MetadataSchemaId(int entry) => Row.Metadata![entry].SchemaId.Value;

    public ManifestValue MetadataValue(int entry) => Row.Metadata![entry].Value;

    /// <summary>Where the entry names its field: its schema_id, else its name.</summary>
    public string DescribeMetadataEntry(int entry)
    {
        ManifestMetadata field = Row.Metadata![entry];
        return _describe(field.SchemaId.IsPresent ? field.SchemaId.Start : field.Name.Start);
    }

    public string? AttachmentType(int entry) => Row.Attachments![entry].Type.Value;

    public string? AttachmentValue(int entry) => Row.Attachments![entry].Value.Value;

    public ReadOnlySpan<char> AttachmentValueText(int entry) => Row.Attachments![entry].Value.Text;
}
