using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ManifestGen.GeneratedCode;

/// <summary>The conversions and checks both sinks apply, so a row reads the same either way.</summary>
internal static class RowValues
{
    public static string RowData(string? value, string member) =>
        value ?? throw new InvalidOperationException(member + " is null, but a Labelbox data row needs row_data (the image's https URL or local path).");

    /// <summary><paramref name="value"/>, which a writer may write: one with a lone surrogate is an error naming <paramref name="member"/>.</summary>
    public static string Writable(string value, string member)
    {
        Import.UnsendableText.ThrowIfUnwritable(value, member);
        return value;
    }

    public static string? Text(Uri? value) =>
        value == null ? null : value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString;

    public static string? Path(FileInfo? value) => value?.FullName;

    public static double Number(MetadataKey key, double value) =>
        double.IsFinite(value)
            ? value
            : throw key.Invalid("is " + value.ToString(CultureInfo.InvariantCulture) + ", but metadata field '" + key.FieldName + "' takes a finite number");

    // A DateTime without a kind is read as UTC, as the Labelbox SDK reads an ISO time without an offset.
    public static DateTimeOffset DateTime(DateTime value) =>
        value.Kind == DateTimeKind.Local ? new DateTimeOffset(value) : new DateTimeOffset(System.DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>
    /// Writes <see cref="Rules.Metadata.IsoDateTimes.ToWire"/>'s form as UTF-8: the sortable "s" format,
    /// which .NET formats without parsing a pattern, plus 'Z'. Returns the bytes written.
    /// </summary>
    public static int FormatUtc(DateTimeOffset value, Span<byte> utf8)
    {
        value.UtcDateTime.TryFormat(utf8, out int written, "s", CultureInfo.InvariantCulture);
        utf8[written] = (byte)'Z';
        return written + 1;
    }

    public static double VectorNumber(MetadataKey key, int index, double value) =>
        double.IsFinite(value)
            ? value
            : throw key.Invalid("has " + value.ToString(CultureInfo.InvariantCulture) + " at index " + index.ToString(CultureInfo.InvariantCulture)
                + ", but the numbers of embedding '" + key.FieldName + "' must be finite");

    /// <summary>A float embedding as doubles, so both element types take one path.</summary>
    public static IEnumerable<double> Widen(IEnumerable<float> vector)
    {
        foreach (float n in vector)
        {
            yield return n;
        }
    }

    public static void VectorLength(MetadataKey key, int count)
    {
        if (key.Dimensions > 0 && count != key.Dimensions)
        {
            throw key.Invalid("has " + count.ToString(CultureInfo.InvariantCulture) + " numbers, but embedding '" + key.FieldName + "' takes exactly "
                + key.Dimensions.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A generated option's wire form: by schema ids when both the field and the option have one, else by names.</summary>
    public static (bool ById, string Value) Option(MetadataKey key, MetadataOption option) =>
        key.SchemaId != null && option.SchemaId != null ? (true, option.SchemaId) : (false, option.Name);
}
