using System;
using System.Globalization;
using ManifestGen.Rules.Text;

namespace ManifestGen.Import;

/// <summary>
/// Finds text a row cannot be sent with: a lone UTF-16 surrogate (from a C# string, or a manifest's
/// <c>\ud800</c> escape). Rows go out as UTF-8, which cannot hold one, and the JSON writer would put
/// U+FFFD in its place; such a row is refused instead, so nothing arrives altered.
/// </summary>
internal static class UnsendableText
{
    /// <summary>Why the row cannot be sent as it is, naming the field and position; null when it can.</summary>
    public static string? Find(DataRowSpec row)
    {
        string? problem = Check(row.RowData, "row_data") ?? Check(row.GlobalKey, "global_key") ?? Check(row.ExternalId, "external_id");
        for (int i = 0; i < row.Metadata.Count && problem == null; i++)
        {
            DataRowMetadata field = row.Metadata[i];
            string at = "metadata_fields[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            problem = Check(field.SchemaId, at + "schemaId") ?? Check(field.Name, at + "name")
                ?? (field.Value.Kind == MetadataValueKind.String ? Check(field.Value.Text, at + "value") : null);
        }

        for (int i = 0; i < row.Attachments.Count && problem == null; i++)
        {
            Attachment attachment = row.Attachments[i];
            string at = "attachments[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            problem = Check(attachment.Value, at + "value") ?? Check(attachment.Name, at + "name");
        }

        return problem;
    }

    private static string? Check(string? value, string field)
    {
        // The vectorized search passes nearly every string; only one holding a surrogate is looked at closely.
        if (value == null || value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || Surrogates.FindLone(value) is not (>= 0 and var at))
        {
            return null;
        }

        return field + " holds a lone surrogate (U+" + ((int)value[at]).ToString("X4", CultureInfo.InvariantCulture) + ") at position "
            + (at + 1).ToString(CultureInfo.InvariantCulture) + ", which UTF-8 cannot carry; the row was not sent rather than sent altered";
    }
}
