using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Rows;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// Checks the rows of a parsed manifest against Labelbox's rules (LBX01xx–LBX05xx and the
/// within-file part of LBX0201). Cross-file duplicate keys need every manifest: callers get this
/// file's keys back for that.
/// </summary>
internal sealed class ManifestValidator
{
    private readonly ProblemSink _sink;
    private readonly Func<int, string> _describe;
    private readonly KeyList _keys = new();

    /// <summary>Where the keys' characters are copied, so that the keys returned do not hold the text.</summary>
    private readonly KeyChars _keyChars = new();

    private readonly RowRules _rules;

    /// <summary>The row as the rules read it; one instance reused for every row.</summary>
    private readonly ManifestRowValues _values;

    /// <summary>What the rules found in a row, before it is placed; one list reused for every row.</summary>
    private readonly List<Finding> _findings = new();
    private readonly string _path;
    private int _keyless;
    private int _firstKeyless = -1;

    private ManifestValidator(string path, MetadataSchema schema, ProblemSink sink, Func<int, string> describe)
    {
        _path = path;
        _rules = new RowRules(schema);
        _values = new ManifestRowValues(describe);
        _sink = sink;
        _describe = describe;
    }

    /// <summary>
    /// Validates every row of a parsed document and returns the file's global keys.
    /// <paramref name="describe"/> names an offset of this file for messages ("line 3, column 7").
    /// </summary>
    public static IReadOnlyList<KeyOccurrence> Validate(string path, ManifestDocument doc, MetadataSchema schema, ProblemSink sink, Func<int, string> describe)
    {
        var validator = Start(path, schema, sink, describe);
        foreach (ManifestRow row in doc.Rows)
        {
            validator.Check(row);
        }

        return validator.Finish(doc);
    }

    /// <summary>
    /// Parses <paramref name="text"/> and checks each row as it is read, never keeping it: a
    /// 100,000-row manifest stays cheap in the IDE. Returns the file's global keys.
    /// </summary>
    public static IReadOnlyList<KeyOccurrence> ValidateText(string path, string text, MetadataSchema schema, ProblemSink sink, Func<int, string> describe)
    {
        ManifestValidator validator = Start(path, schema, sink, describe);
        ManifestDocument doc = ManifestParser.Parse(text, sink, validator.Check);
        return validator.Finish(doc);
    }

    /// <summary>
    /// A validator to hand to <see cref="ManifestParser.Parse(string, ProblemSink, Action{ManifestRow})"/>,
    /// so each row is checked as it is read and never kept: a large manifest then costs little memory.
    /// Call <see cref="Finish"/> once the parse is done.
    /// </summary>
    public static ManifestValidator Start(string path, MetadataSchema schema, ProblemSink sink, Func<int, string> describe) =>
        new(path, schema, sink, describe);

    /// <summary>Checks one row.</summary>
    public void Check(ManifestRow row)
    {
        _values.Row = row;
        _findings.Clear();
        _rules.Find(_values, _findings);
        foreach (Finding finding in _findings)
        {
            Place(finding, row);
        }

        if (row.GlobalKey.IsPresent)
        {
            _keys.Add(KeyOccurrence.Of(_path, row.GlobalKey, _keyChars));
        }
        else if (_keyless++ == 0)
        {
            _firstKeyless = row.Start;
        }
    }

    /// <summary>The checks that need the whole file (no rows, rows without keys, repeated keys); returns its keys.</summary>
    public IReadOnlyList<KeyOccurrence> Finish(ManifestDocument doc)
    {
        if (doc.Complete && doc.RowCount == 0)
        {
            _sink.Add(RuleCatalog.NoRows, doc.RowsStart, 1);
        }

        if (_keyless > 0)
        {
            _sink.Add(RuleCatalog.NoGlobalKey, _firstKeyless, 1, _keyless.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (duplicate, first) in DuplicateKeys.Find(_keys))
        {
            _sink.Add(RuleCatalog.DuplicateGlobalKey, duplicate.Start, duplicate.Length, GlobalKeys.Show(duplicate.Key), _describe(first.Start));
        }

        return _keys;
    }

    /// <summary>Puts a finding on the token of the element it concerns; on the row or entry that lacks the element.</summary>
    private void Place(Finding finding, ManifestRow row)
    {
        if (finding.Element == RowElement.MetadataValue)
        {
            // A value is not a string token; a missing one has no token at all.
            ManifestMetadata field = row.Metadata![finding.Entry];
            bool missing = field.Value.Kind == ValueKind.Missing;
            _sink.Add(finding, missing ? field.Start : field.Value.Start, missing ? 1 : field.Value.Length);
            return;
        }

        (Spanned token, int owner) = Token(finding, row);
        if (token.IsPresent)
        {
            _sink.Add(finding, token.Start, token.Length);
        }
        else
        {
            _sink.Add(finding, owner, 1);
        }
    }

    /// <summary>The token of the element a finding concerns (absent for a whole entry), and the row or entry that holds it.</summary>
    private static (Spanned Token, int Owner) Token(Finding finding, ManifestRow row)
    {
        switch (finding.Element)
        {
            case RowElement.RowData:
                return (row.RowData, row.Start);
            case RowElement.GlobalKey:
                return (row.GlobalKey, row.Start);
            case RowElement.MediaType:
                return (row.MediaType, row.Start);
            case RowElement.MetadataEntry or RowElement.MetadataName or RowElement.MetadataSchemaId:
                ManifestMetadata field = row.Metadata![finding.Entry];
                return (finding.Element == RowElement.MetadataName ? field.Name : finding.Element == RowElement.MetadataSchemaId ? field.SchemaId : default, field.Start);
            default:
                ManifestAttachment attachment = row.Attachments![finding.Entry];
                return (finding.Element == RowElement.AttachmentType ? attachment.Type : finding.Element == RowElement.AttachmentValue ? attachment.Value : default, attachment.Start);
        }
    }
}
