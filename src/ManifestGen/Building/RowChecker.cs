using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Building;

/// <summary>
/// Checks a built row with the manifest validator itself, so the builder and the build apply the
/// very same Labelbox rules and say the same things.
/// </summary>
internal static class RowChecker
{
    public static List<DataRowProblem> Check(DataRowSpec row, IEnumerable<MetadataField> fields) =>
        Check(row, new MetadataSchema(Definitions(fields)));

    /// <summary>Checks a row against a known set of fields, e.g. the organization's ontology at import time.</summary>
    public static List<DataRowProblem> Check(DataRowSpec row, MetadataSchema schema)
    {
        var sink = new ProblemSink();
        ManifestValidator validator = ManifestValidator.Start("row", schema, sink, _ => "an earlier entry");
        validator.Check(ToManifestRow(row));
        validator.Finish(new ManifestDocument { Form = ManifestForm.Array, Complete = true, RowCount = 1 });

        var problems = new List<DataRowProblem>();
        foreach (Problem problem in sink.Problems)
        {
            // A single row without a key is a choice, not a problem.
            if (problem.Rule != RuleCatalog.NoGlobalKey)
            {
                problems.Add(new DataRowProblem(problem.Rule.Id, (ProblemSeverity)problem.Rule.Severity, problem.Message));
            }
        }

        return problems;
    }

    private static ManifestRow ToManifestRow(DataRowSpec row)
    {
        var metadata = new List<ManifestMetadata>(row.Metadata.Count);
        foreach (DataRowMetadata field in row.Metadata)
        {
            metadata.Add(new ManifestMetadata { Name = Text(field.Name), SchemaId = Text(field.SchemaId), Value = Value(field.Value) });
        }

        var attachments = new List<ManifestAttachment>(row.Attachments.Count);
        foreach (Attachment attachment in row.Attachments)
        {
            attachments.Add(new ManifestAttachment { Type = Text(attachment.TypeName), Value = Text(attachment.Value), Name = Text(attachment.Name) });
        }

        return new ManifestRow
        {
            RowData = Text(row.RowData),
            GlobalKey = Text(row.GlobalKey),
            ExternalId = Text(row.ExternalId),
            MediaType = Text(row.MediaType?.Value),
            Metadata = metadata,
            Attachments = attachments,
        };
    }

    private static Spanned Text(string? value) => value == null ? default : new Spanned(value, 0, 0);

    private static ManifestValue Value(MetadataValue value) => value.Kind switch
    {
        MetadataValueKind.String => new ManifestValue(ValueKind.String, 0, 0, text: value.Text),
        MetadataValueKind.Number => new ManifestValue(ValueKind.Number, 0, 0, number: value.Number),
        _ => new ManifestValue(ValueKind.NumberArray, 0, 0, numbers: System.Linq.Enumerable.ToArray(value.Vector)),
    };

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
