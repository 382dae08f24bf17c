using System;
using System.Collections.Generic;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Rows;

/// <summary>
/// The rules of one data row (LBX0101–LBX0105, LBX0107, LBX0202, LBX0301, LBX0401–LBX0408, LBX0501–LBX0504)
/// in the order they are reported, over its values: a manifest row as parsed, or a row built in
/// code. Each finding says which element of the row it concerns and the caller places it. One instance
/// serves row after row and allocates nothing for a row that breaks no rule.
/// </summary>
internal sealed class RowRules
{
    /// <summary>The fields set on the current row, with the entry that set each first; reused for every row.</summary>
    private readonly Dictionary<string, int> _seenFields = new(StringComparer.Ordinal);

    public RowRules(MetadataSchema schema) => Schema = schema;

    /// <summary>The fields metadata entries are resolved against.</summary>
    public MetadataSchema Schema { get; }

    /// <summary>Adds what is wrong with <paramref name="row"/> to <paramref name="findings"/>.</summary>
    public void Find(IRowValues row, List<Finding> findings)
    {
        // Another media type (VIDEO, PDF…) legitimately has other extensions.
        string? mediaType = row.MediaType;
        bool isImage = mediaType == null || mediaType == MediaTypes.Image;
        // Nearly every URL is clean: decided on its characters, it never needs a string.
        if (!RowDataRules.IsPlainlyClean(row.RowDataText, isImage))
        {
            RowDataRules.Find(row.RowData, isImage, RowDataScope.Manifest, findings);
        }

        if (row.GlobalKey != null && GlobalKeys.Find(row.GlobalKey) is { } invalidKey)
        {
            findings.Add(invalidKey);
        }

        if (mediaType != null && MediaTypes.Find(mediaType) is { } unknownMediaType)
        {
            findings.Add(unknownMediaType);
        }

        FindMetadata(row, findings);
        for (int i = 0; i < row.AttachmentCount; i++)
        {
            string? type = row.AttachmentType(i);
            if (AttachmentRules.IsPlainlyClean(type, row.AttachmentValueText(i)))
            {
                continue;
            }

            int first = findings.Count;
            AttachmentRules.Find(type, row.AttachmentValue(i), findings);
            InEntry(findings, first, i);
        }
    }

    /// <summary>
    /// Adds what is wrong with <paramref name="row"/>'s metadata entries to <paramref name="findings"/>: the part of
    /// <see cref="Find"/> that depends on <see cref="Schema"/>, for a row already held to the other rules.
    /// </summary>
    public void FindMetadata(IRowValues row, List<Finding> findings)
    {
        Dictionary<string, int> seen = _seenFields;
        seen.Clear();
        for (int i = 0; i < row.MetadataCount; i++)
        {
            int first = findings.Count;
            string? name = row.MetadataName(i);
            string? schemaId = row.MetadataSchemaId(i);
            MetadataFieldDefinition? field = MetadataFieldRules.Resolve(Schema, name, schemaId, findings);
            if (field != null)
            {
                if (seen.TryGetValue(field.Name, out int earlier))
                {
                    findings.Add(new Finding(RuleCatalog.RepeatedMetadataField, schemaId != null ? RowElement.MetadataSchemaId : RowElement.MetadataName, null,
                        Quote.Safe(field.Name), row.DescribeMetadataEntry(earlier)));
                }
                else
                {
                    seen.Add(field.Name, i);
                }

                MetadataValueRules.Find(field, row.MetadataValue(i), byName: name != null, findings);
            }

            InEntry(findings, first, i);
        }
    }

    /// <summary>Marks the findings from <paramref name="first"/> on as about entry <paramref name="entry"/>.</summary>
    private static void InEntry(List<Finding> findings, int first, int entry)
    {
        for (int i = first; i < findings.Count; i++)
        {
            findings[i] = findings[i].InEntry(entry);
        }
    }
}
