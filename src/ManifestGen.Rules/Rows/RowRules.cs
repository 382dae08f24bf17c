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
    /// <summary>
    /// Up to this many metadata entries, a row's repeated fields are found by comparing names with the
    /// earlier entries: rows hold a few, and a table hashing each name costs more.
    /// </summary>
    private const int FewFields = 8;

    /// <summary>The fields set on the current row, with the entry that set each first; reused for every row with more than <see cref="FewFields"/> entries.</summary>
    private readonly Dictionary<string, int> _seenFields = new(StringComparer.Ordinal);

    /// <summary>The field each entry of the current row set (null if none); reused for every row.</summary>
    private readonly List<MetadataFieldDefinition?> _entryFields = new();

    /// <summary>
    /// Entries that resolved to a field without a finding, by the very name and schema_id instances:
    /// the parser hands out one instance for each reserved name and id, so a manifest's thousands of
    /// "split"s are resolved once. The same instances always resolve the same way against one schema.
    /// </summary>
    private readonly (string? Name, string? SchemaId, MetadataFieldDefinition? Field)[] _resolved = new (string?, string?, MetadataFieldDefinition?)[4];
    private int _nextResolved;

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

        if (row.HasGlobalKey && GlobalKeys.Find(row.GlobalKeyText) is { } invalidKey)
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
        int count = row.MetadataCount;
        Dictionary<string, int> seen = _seenFields;
        if (count > FewFields)
        {
            seen.Clear();
        }

        _entryFields.Clear();
        for (int i = 0; i < count; i++)
        {
            int first = findings.Count;
            string? name = row.MetadataName(i);
            string? schemaId = row.MetadataSchemaId(i);
            MetadataFieldDefinition? field = Resolve(name, schemaId, findings);
            _entryFields.Add(field);
            if (field != null)
            {
                int earlier = count > FewFields ? SeenBefore(seen, field, i) : SeenBefore(field, i);
                if (earlier >= 0)
                {
                    findings.Add(new Finding(RuleCatalog.RepeatedMetadataField, schemaId != null ? RowElement.MetadataSchemaId : RowElement.MetadataName, null,
                        Quote.Safe(field.Name), row.DescribeMetadataEntry(earlier)));
                }

                MetadataValueRules.Find(field, row.MetadataValue(i), byName: name != null, findings);
            }

            InEntry(findings, first, i);
        }
    }

    /// <summary>The field an entry names, from <see cref="_resolved"/> when these instances resolved cleanly before.</summary>
    private MetadataFieldDefinition? Resolve(string? name, string? schemaId, List<Finding> findings)
    {
        foreach (var (resolvedName, resolvedId, resolvedField) in _resolved)
        {
            if (resolvedField != null && ReferenceEquals(resolvedName, name) && ReferenceEquals(resolvedId, schemaId))
            {
                return resolvedField;
            }
        }

        int before = findings.Count;
        MetadataFieldDefinition? field = MetadataFieldRules.Resolve(Schema, name, schemaId, findings);
        if (field != null && findings.Count == before)
        {
            _resolved[_nextResolved] = (name, schemaId, field);
            _nextResolved = (_nextResolved + 1) % _resolved.Length;
        }

        return field;
    }

    /// <summary>The first earlier entry of the row that set a field of the same name, or -1 (a few entries: compared one by one).</summary>
    private int SeenBefore(MetadataFieldDefinition field, int entry)
    {
        for (int i = 0; i < entry; i++)
        {
            MetadataFieldDefinition? earlier = _entryFields[i];
            if (earlier != null && (ReferenceEquals(earlier, field) || string.Equals(earlier.Name, field.Name, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first earlier entry of the row that set a field of the same name, or -1, recording this one if it is the first.</summary>
    private static int SeenBefore(Dictionary<string, int> seen, MetadataFieldDefinition field, int entry)
    {
        if (seen.TryGetValue(field.Name, out int earlier))
        {
            return earlier;
        }

        seen.Add(field.Name, entry);
        return -1;
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
