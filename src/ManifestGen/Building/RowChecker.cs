using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Building;

/// <summary>
/// Checks built rows with the manifest validator itself, so the builder and the build apply the
/// very same Labelbox rules and say the same things. One checker serves row after row (an import's
/// hundred thousand): its validator, sink and row objects are reused, not allocated per row.
/// </summary>
internal sealed class RowChecker
{
    // The builder's checker, kept per thread for the fields it was made for: building rows one after
    // another with the same fields (the usual case) then costs no new schema and validator per row.
    [ThreadStatic]
    private static RowChecker? t_builderChecker;

    [ThreadStatic]
    private static MetadataField[]? t_builderFields;

    private readonly ProblemSink _sink = new();
    private readonly RowRecycler _rows = new();
    private readonly ManifestValidator _validator;

    /// <summary>A checker against a known set of fields, e.g. the organization's ontology at import time.</summary>
    public RowChecker(MetadataSchema schema)
    {
        Schema = schema;
        _validator = ManifestValidator.Start("row", schema, _sink, _ => "an earlier entry");
    }

    public MetadataSchema Schema { get; }

    /// <summary>A built row's problems, against the fields its builder was given.</summary>
    public static List<DataRowProblem> Check(DataRowSpec row, List<MetadataField> fields)
    {
        if (t_builderChecker == null || !SameFields(t_builderFields!, fields))
        {
            t_builderChecker = new RowChecker(new MetadataSchema(Definitions(fields)));
            t_builderFields = fields.ToArray();
        }

        return t_builderChecker.Check(row);
    }

    /// <summary>The row's problems, errors and warnings.</summary>
    public List<DataRowProblem> Check(DataRowSpec row)
    {
        _sink.Clear();
        _validator.CheckAlone(ToManifestRow(row));
        var problems = new List<DataRowProblem>(_sink.Problems.Count);
        foreach (Problem problem in _sink.Problems)
        {
            problems.Add(new DataRowProblem(problem.Rule.Id, (ProblemSeverity)problem.Rule.Severity, problem.Message));
        }

        return problems;
    }

    private ManifestRow ToManifestRow(DataRowSpec row)
    {
        ManifestRow manifestRow = _rows.NextRow();
        manifestRow.RowData = Text(row.RowData);
        manifestRow.GlobalKey = Text(row.GlobalKey);
        manifestRow.ExternalId = Text(row.ExternalId);
        manifestRow.MediaType = Text(row.MediaType?.Value);
        if (row.Metadata.Count > 0)
        {
            manifestRow.Metadata = _rows.MetadataList();
            for (int i = 0; i < row.Metadata.Count; i++)
            {
                // Indexed, here and below: foreach over the interface boxes an enumerator per row.
                DataRowMetadata field = row.Metadata[i];
                ManifestMetadata metadata = _rows.NextMetadata();
                metadata.Name = Text(field.Name);
                metadata.SchemaId = Text(field.SchemaId);
                metadata.Value = Value(field.Value);
                manifestRow.Metadata.Add(metadata);
            }
        }

        if (row.Attachments.Count > 0)
        {
            manifestRow.Attachments = _rows.AttachmentList();
            for (int i = 0; i < row.Attachments.Count; i++)
            {
                Attachment attachment = row.Attachments[i];
                ManifestAttachment manifestAttachment = _rows.NextAttachment();
                manifestAttachment.Type = Text(attachment.TypeName);
                manifestAttachment.Value = Text(attachment.Value);
                manifestAttachment.Name = Text(attachment.Name);
                manifestRow.Attachments.Add(manifestAttachment);
            }
        }

        return manifestRow;
    }

    private static Spanned Text(string? value) => value == null ? default : new Spanned(value, 0, 0);

    private static ManifestValue Value(MetadataValue value) => value.Kind switch
    {
        MetadataValueKind.String => new ManifestValue(ValueKind.String, 0, 0, text: value.Text),
        MetadataValueKind.Number => new ManifestValue(ValueKind.Number, 0, 0, number: value.Number),
        _ => new ManifestValue(ValueKind.NumberArray, 0, 0, numbers: System.Linq.Enumerable.ToArray(value.Vector)),
    };

    /// <summary>The same field objects in the same order (fields are immutable, so the same schema).</summary>
    private static bool SameFields(MetadataField[] known, List<MetadataField> fields)
    {
        if (known.Length != fields.Count)
        {
            return false;
        }

        for (int i = 0; i < known.Length; i++)
        {
            if (!ReferenceEquals(known[i], fields[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<MetadataFieldDefinition> Definitions(IEnumerable<MetadataField> fields)
    {
        var definitions = new List<MetadataFieldDefinition>();
        foreach (MetadataField field in fields)
        {
            definitions.Add(field.ToDefinition());
        }

        return definitions;
    }
}
