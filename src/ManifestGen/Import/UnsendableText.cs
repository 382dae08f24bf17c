using System;
using System.Globalization;
using ManifestGen.Rules.Text;

namespace ManifestGen.Import;

/// <summary>
/// Finds text that cannot be sent: a lone UTF-16 surrogate (from a C# string, or a manifest's
/// <c>\ud800</c> escape). Requests go out as UTF-8, which cannot hold one, and the JSON writer would put
/// U+FFFD in its place; such a row is refused instead, and such an option is an argument error, so
/// nothing arrives altered.
/// </summary>
internal static class UnsendableText
{
    /// <summary>Why the row cannot be sent as it is, naming the field and position; null when it can.</summary>
    /// <remarks>
    /// Only text that goes out as given, and that no rule looks at already: a global key is refused by its own
    /// rule (LBX0202, letters, digits and some punctuation only), and a metadata field's name and an enum value
    /// are sent as the ontology's schema ids, the rules refusing one that names no field or option.
    /// </remarks>
    public static string? Find(DataRowSpec row)
    {
        string? problem = Describe(row.RowData, "row_data") ?? Describe(row.ExternalId, "external_id");
        for (int i = 0; i < row.Metadata.Count && problem == null; i++)
        {
            MetadataValue value = row.Metadata[i].Value;
            problem = value.Kind == MetadataValueKind.String ? Describe(value.Text, "metadata_fields", i, "value") : null;
        }

        for (int i = 0; i < row.Attachments.Count && problem == null; i++)
        {
            Attachment attachment = row.Attachments[i];
            problem = Describe(attachment.Value, "attachments", i, "value") ?? Describe(attachment.Name, "attachments", i, "name");
        }

        return problem == null ? null : problem + "; the row was not sent rather than sent altered";
    }

    /// <summary>Whether <paramref name="value"/> can be sent as it is (null can).</summary>
    public static bool Sendable(string? value) => Lone(value) < 0;

    /// <summary>Throws when an option's text cannot be sent.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds a lone surrogate.</exception>
    public static void ThrowIfAny(string? value, string name)
    {
        if (Describe(value, name) is { } problem)
        {
            throw new ArgumentException(problem, name);
        }
    }

    /// <summary>
    /// Throws the import-file writers' error when <paramref name="value"/> holds a lone surrogate, which they would
    /// otherwise write as U+FFFD: the same words as a refused row's, naming the member. Writes of a generated row
    /// come through here for every string, so nothing is allocated unless it throws.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="member">The member it came from, e.g. <c>Photo.Caption</c>.</param>
    /// <param name="from">Where to start looking: a writer that has found the text plain up to here already.</param>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> holds a lone surrogate.</exception>
    public static void ThrowIfUnwritable(string value, string member, int from = 0)
    {
        if (Lone(value, from) >= 0)
        {
            throw new InvalidOperationException(Describe(value, member) + "; it was not written rather than written altered.");
        }
    }

    // The field's name is put together only for a problem: every row of an import comes through here.
    private static string? Describe(string? value, string list, int index, string member) =>
        Lone(value) < 0 ? null : Describe(value, list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]." + member);

    private static string? Describe(string? value, string field)
    {
        int at = Lone(value);
        return at < 0 ? null
            : field + " holds a lone surrogate (U+" + ((int)value![at]).ToString("X4", CultureInfo.InvariantCulture) + ") at position "
                + (at + 1).ToString(CultureInfo.InvariantCulture) + " (counting UTF-16 code units), which UTF-8 cannot carry";
    }

    /// <summary>The first lone surrogate's index from <paramref name="from"/> on, or -1; the vectorized search passes nearly every string at once.</summary>
    private static int Lone(string? value, int from = 0)
    {
        int first = value == null ? -1 : value.AsSpan(from).IndexOfAnyInRange('\uD800', '\uDFFF');
        return first < 0 ? -1 : Surrogates.FindLone(value!, from + first);
    }
}
