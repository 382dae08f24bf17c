using System;
using System.Collections.Generic;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// Checks the rows of a parsed manifest against Labelbox's rules (LBX01xx–LBX05xx and the
/// within-file part of LBX0201). Cross-file duplicate keys need every manifest: callers get this
/// file's keys back for that.
/// </summary>
internal sealed class ManifestValidator
{
    private readonly MetadataSchema _schema;
    private readonly ProblemSink _sink;
    private readonly Func<int, string> _describe;
    private readonly List<KeyOccurrence> _keys = new();

    /// <summary>The fields set on the current row; one instance reused for every row.</summary>
    private readonly Dictionary<string, int> _seenFields = new(StringComparer.Ordinal);

    /// <summary>What a value check found, before it is placed; one list reused for every row.</summary>
    private readonly List<Finding> _findings = new();
    private readonly string _path;
    private int _keyless;
    private int _firstKeyless = -1;

    private ManifestValidator(string path, MetadataSchema schema, ProblemSink sink, Func<int, string> describe)
    {
        _path = path;
        _schema = schema;
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
        CheckRowData(row);
        if (row.GlobalKey.IsPresent)
        {
            CheckGlobalKey(row.GlobalKey);
        }
        else if (_keyless++ == 0)
        {
            _firstKeyless = row.Start;
        }

        if (row.MediaType.IsPresent && !MediaTypes.IsKnown(row.MediaType.Value!))
        {
            string value = row.MediaType.Value!;
            string? closest = Suggestions.Closest(value, MediaTypes.All);
            _sink.AddWithFix(RuleCatalog.UnknownMediaType, row.MediaType.Start, row.MediaType.Length,
                closest, Quote.Safe(value), Suggestions.Hint(closest, MediaTypes.All));
        }

        if (row.Metadata != null)
        {
            CheckMetadata(row.Metadata);
        }

        if (row.Attachments != null)
        {
            foreach (ManifestAttachment attachment in row.Attachments)
            {
                CheckAttachment(attachment);
            }
        }
    }

    /// <summary>
    /// Checks one row on its own, as a one-row file minus the file's checks (which for a single row find
    /// only a missing key, a choice there): the validator then serves any number of separate rows.
    /// </summary>
    public void CheckAlone(ManifestRow row)
    {
        Check(row);
        _keys.Clear();
        _keyless = 0;
        _firstKeyless = -1;
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

    private void CheckRowData(ManifestRow row)
    {
        Spanned rowData = row.RowData;
        if (!rowData.IsPresent || rowData.Value!.Length == 0)
        {
            _sink.Add(RuleCatalog.MissingRowData, rowData.IsPresent ? rowData.Start : row.Start, rowData.IsPresent ? rowData.Length : 1);
            return;
        }

        // Another media type (VIDEO, PDF…) legitimately has other extensions.
        bool image = !row.MediaType.IsPresent || row.MediaType.Value == MediaTypes.Image;
        _findings.Clear();
        RowDataRules.Find(rowData.Value, image, RowDataScope.Manifest, _findings);
        foreach (Finding finding in _findings)
        {
            _sink.Add(finding, rowData.Start, rowData.Length);
        }
    }

    private void CheckGlobalKey(Spanned key)
    {
        string? reason = GlobalKeys.Check(key.Value!);
        if (reason != null)
        {
            _sink.Add(RuleCatalog.InvalidGlobalKey, key.Start, key.Length, GlobalKeys.Show(key.Value!), reason);
        }

        _keys.Add(new KeyOccurrence(_path, key.Value!, key.Start, key.Length));
    }

    private void CheckMetadata(List<ManifestMetadata> fields)
    {
        Dictionary<string, int> seen = _seenFields;
        seen.Clear();
        foreach (ManifestMetadata field in fields)
        {
            MetadataFieldDefinition? definition = Resolve(field);
            if (definition == null)
            {
                continue;
            }

            Spanned token = field.SchemaId.IsPresent ? field.SchemaId : field.Name;
            if (seen.TryGetValue(definition.Name, out int previous))
            {
                _sink.Add(RuleCatalog.RepeatedMetadataField, token.Start, token.Length, Quote.Safe(definition.Name), _describe(previous));
            }
            else
            {
                seen.Add(definition.Name, token.Start);
            }

            _findings.Clear();
            MetadataValueRules.Find(definition, field.Value, field.Name.IsPresent, _findings);
            foreach (Finding finding in _findings)
            {
                // A missing value has no token: the finding goes on the entry.
                bool missing = field.Value.Kind == ValueKind.Missing;
                _sink.Add(finding, missing ? field.Start : field.Value.Start, missing ? 1 : field.Value.Length);
            }
        }
    }

    /// <summary>The field a metadata entry sets, or null after reporting why it names none.</summary>
    private MetadataFieldDefinition? Resolve(ManifestMetadata field)
    {
        if (!field.Name.IsPresent && !field.SchemaId.IsPresent)
        {
            _sink.Add(RuleCatalog.MetadataNameOrId, field.Start, 1);
            return null;
        }

        MetadataFieldDefinition? byId = null;
        if (field.SchemaId.IsPresent)
        {
            string id = field.SchemaId.Value!;
            byId = _schema.FindBySchemaId(id);
            if (byId == null)
            {
                var option = _schema.FindOptionById(id);
                string hint = option != null
                    ? "it is the id of option '" + option.Value.Option.Name + "' of '" + option.Value.Field.Name
                        + "'; set the field instead: {\"name\": \"" + option.Value.Field.Name + "\", \"value\": \"" + option.Value.Option.Name + "\"}"
                    : "use the field's name, or declare the field with its schema_id in labelbox.metadata.json";
                _sink.Add(RuleCatalog.UnknownSchemaId, field.SchemaId.Start, field.SchemaId.Length, Quote.Safe(id), hint);
                return null;
            }
        }

        if (!field.Name.IsPresent)
        {
            return byId;
        }

        string name = field.Name.Value!;
        MetadataFieldDefinition? byName = _schema.FindByName(name);
        if (byName == null)
        {
            var names = new List<string>(_schema.Names);
            string? closest = Suggestions.Closest(name, names);
            string hint = closest != null
                ? "did you mean '" + closest + "'?"
                : "declare it in labelbox.metadata.json, or use a reserved field (tag, split, captureDateTime)";
            _sink.AddWithFix(RuleCatalog.UnknownMetadataName, field.Name.Start, field.Name.Length, closest, Quote.Safe(name), hint);
            return null;
        }

        if (byId != null && !ReferenceEquals(byId, byName))
        {
            _sink.Add(RuleCatalog.NameAndIdDisagree, field.SchemaId.Start, field.SchemaId.Length, Quote.Safe(name), Quote.Safe(field.SchemaId.Value!), byId.Name);
            return null;
        }

        return byName;
    }

    private void CheckAttachment(ManifestAttachment attachment)
    {
        string? type = attachment.Type.Value;
        string? value = attachment.Value.Value;
        if (type == null)
        {
            _sink.Add(RuleCatalog.AttachmentIncomplete, attachment.Start, 1, "this one has no \"type\" (e.g. \"IMAGE_OVERLAY\")");
            return;
        }

        if (!AttachmentTypes.IsKnown(type))
        {
            string? closest = Suggestions.Closest(type, AttachmentTypes.All);
            _sink.AddWithFix(RuleCatalog.UnknownAttachmentType, attachment.Type.Start, attachment.Type.Length,
                closest, Quote.Safe(type), Suggestions.Hint(closest, AttachmentTypes.All));
            return;
        }

        if (value == null)
        {
            _sink.Add(RuleCatalog.AttachmentIncomplete, attachment.Start, 1, "this one has no \"value\"");
            return;
        }

        if (!AttachmentTypes.TakesUrl(type))
        {
            if (value.Trim().Length == 0)
            {
                _sink.Add(RuleCatalog.EmptyRawText, attachment.Value.Start, attachment.Value.Length);
            }

            return;
        }

        if (value.Length == 0)
        {
            _sink.Add(RuleCatalog.AttachmentIncomplete, attachment.Value.Start, attachment.Value.Length, "this one's \"value\" is empty; give the https URL of the " + type.ToLowerInvariant().Replace('_', ' '));
            return;
        }

        if (AttachmentUrls.Find(type, value) is { } finding)
        {
            _sink.Add(finding, attachment.Value.Start, attachment.Value.Length);
        }
    }
}
