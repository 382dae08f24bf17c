using System;
using ManifestGen.Rules.Manifest;

namespace ManifestGen.Rules.Rows;

/// <summary>
/// The values of one data row as <see cref="RowRules"/> reads them: a manifest row as parsed, or a
/// row built in code. Entries are indexed, so reading a row allocates nothing.
/// </summary>
internal interface IRowValues
{
    string? RowData { get; }

    /// <summary>row_data's characters (empty when absent), for the checks that need no string of it.</summary>
    ReadOnlySpan<char> RowDataText { get; }

    bool HasGlobalKey { get; }

    /// <summary>The global key's characters (empty when absent), checked without a string of it.</summary>
    ReadOnlySpan<char> GlobalKeyText { get; }

    string? MediaType { get; }

    int MetadataCount { get; }

    string? MetadataName(int entry);

    string? MetadataSchemaId(int entry);

    ManifestValue MetadataValue(int entry);

    /// <summary>How a message names an earlier entry a later one repeats ("line 3, column 7", "an earlier entry").</summary>
    string DescribeMetadataEntry(int entry);

    int AttachmentCount { get; }

    string? AttachmentType(int entry);

    string? AttachmentValue(int entry);

    /// <summary>An attachment value's characters (empty when absent), for the checks that need no string of it.</summary>
    ReadOnlySpan<char> AttachmentValueText(int entry);
}
