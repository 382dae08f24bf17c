using System;
using System.Collections.Generic;
using ManifestGen.Rows;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;

namespace ManifestGen.Manifests;

/// <summary>
/// Reads manifest text into <see cref="DataRowSpec"/>s with the parser and validator the build
/// uses. Only problems that stop a row from being built fail here (<see cref="Rule.StopsLoading"/>):
/// the project's custom metadata fields are not known at run time, and the build already checked the rest.
/// </summary>
internal static class ManifestReader
{
    public static (ManifestDocument Document, List<DataRowSpec> Rows) Read(string text, string source)
    {
        var sink = new ProblemSink();
        ManifestDocument doc = ManifestParser.Parse(text, sink);
        ManifestValidator.Validate(source, doc, MetadataSchema.ReservedOnly, sink, new LineMap(text).Describe);
        var problems = new List<Problem>();
        foreach (Problem p in sink.Problems)
        {
            if (p.Rule.StopsLoading)
            {
                problems.Add(p);
            }
        }

        return (doc, ToRows(doc, problems, text, source));
    }

    /// <summary>
    /// The rows of a document its caller parsed and validated already (lbx submit validates against the
    /// project's schema first), so no row is parsed or checked twice.
    /// </summary>
    public static List<DataRowSpec> ToRows(ManifestDocument doc, string text, string source) =>
        ToRows(doc, new List<Problem>(), text, source);

    private static List<DataRowSpec> ToRows(ManifestDocument doc, List<Problem> problems, string text, string source)
    {
        var rows = new List<DataRowSpec>(doc.Rows.Count);
        foreach (ManifestRow row in doc.Rows)
        {
            rows.Add(ToSpec(row, problems));
        }

        if (problems.Count > 0)
        {
            var map = new LineMap(text);
            var lines = new List<string>(problems.Count);
            foreach (Problem p in problems)
            {
                var (line, column) = map.Locate(p.Start);
                lines.Add(source + "(" + line + "," + column + "): " + p.Rule.Id + ": " + p.Message);
            }

            throw new ManifestFormatException(source, lines);
        }

        return rows;
    }

    /// <summary>The row as a spec; where a part cannot be represented it is left out and a problem recorded.</summary>
    private static DataRowSpec ToSpec(ManifestRow row, List<Problem> problems)
    {
        var metadata = new List<DataRowMetadata>();
        foreach (ManifestMetadata field in row.Metadata ?? new List<ManifestMetadata>())
        {
            MetadataValue? value = ToValue(field.Value);
            if (value != null)
            {
                metadata.Add(new DataRowMetadata(field.SchemaId.Value, field.Name.Value, value));
            }
            else if (field.Value.Kind != ValueKind.Missing)
            {
                // Checked by kind at build time; here only "is it representable at all".
                problems.Add(new Problem(RuleCatalog.MetadataValueKind, field.Value.Start, field.Value.Length,
                    new[] { Quote.Safe(field.Name.Value ?? field.SchemaId.Value ?? "?"), "any kind", "must be a string, a finite number or an array of finite numbers" }));
            }
        }

        var attachments = new List<Attachment>();
        foreach (ManifestAttachment attachment in row.Attachments ?? new List<ManifestAttachment>())
        {
            if (attachment.Type.Value != null && attachment.Value.Value != null
                && AttachmentTypeNames.TryParse(attachment.Type.Value, out AttachmentType type))
            {
                attachments.Add(new Attachment(type, attachment.Value.Value, attachment.Name.Value));
            }
        }

        return new DataRowSpec(row.RowData.Value ?? "")
        {
            GlobalKey = row.GlobalKey.Value,
            ExternalId = row.ExternalId.Value,
            MediaType = row.MediaType.Value is { } media && Rules.Media.MediaTypes.IsKnown(media) ? MediaType.Parse(media) : null,
            Metadata = metadata,
            Attachments = attachments,
        };
    }

    private static MetadataValue? ToValue(ManifestValue value) => value.Kind switch
    {
        ValueKind.String => MetadataValue.String(value.Text!),
        ValueKind.Number when double.IsFinite(value.Number) => MetadataValue.FromNumber(value.Number),
        ValueKind.NumberArray when Array.TrueForAll(value.Numbers!, double.IsFinite) => MetadataValue.FromVector(value.Numbers!),
        _ => null,
    };
}
