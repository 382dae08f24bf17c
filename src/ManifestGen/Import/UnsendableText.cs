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
            problem = Check(field.SchemaId, "metadata_fields", i, "schemaId") ?? Check(field.Name, "metadata_fields", i, "name")
                ?? (field.Value.Kind == MetadataValueKind.String ? Check(field.Value.Text, "metadata_fields", i, "value") : null);
        }

        for (int i = 0; i < row.Attachments.Count && problem == null; i++)
        {
            Attachment attachment = row.Attachments[i];
            problem = Check(attachment.Value, "attachments", i, "value") ?? Check(attachment.Name, "attachments", i, "name");
        }

        return problem;
    }

    // The field's name is put together only for a problem: every row of an import comes through here.
    private static string? Check(string? value, string list, int index, string member) =>
        Lone(value) < 0 ? null : Check(value, list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]." + member);

    private static string? Check(string? value, string field)
    {
        int at = Lone(value);
        return at < 0 ? null
            : field + " holds a lone surrogate (U+" + ((int)value![at]).ToString("X4", CultureInfo.InvariantCulture) + ") at position "
                + (at + 1).ToString(CultureInfo.InvariantCulture) + ", which UTF-8 cannot carry; the row was not sent rather than sent altered";
    }

    /// <summary>The first lone surrogate's index, or -1; the vectorized search passes nearly every string at once.</summary>
    private static int Lone(string? value) =>
        value == null || value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? -1 : Surrogates.FindLone(value);
}
