using System;
using System.Collections.Generic;
using System.Globalization;

namespace ManifestGen.Rules.Metadata;

/// <summary>
/// ISO-8601 date-times as Labelbox metadata takes them: a value without an offset is UTC (as the
/// SDK reads it), and the wire form is UTC to the second, yyyy-MM-ddTHH:mm:ssZ.
/// </summary>
internal static class IsoDateTimes
{
    private static readonly string[] Formats = BuildFormats();

    public static bool TryParse(string value, out DateTimeOffset result) =>
        TryParseWireForm(value.AsSpan(), out result)
        || DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);

    /// <summary>The wire form's format: UTC, whole seconds, as the Labelbox SDK sends datetimes.</summary>
    public const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The wire form's length in characters (and UTF-8 bytes) for years 1–9999.</summary>
    public const int WireLength = 20;

    public static string ToWire(DateTimeOffset value) =>
        value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The wire form, yyyy-MM-ddTHH:mm:ssZ, read by hand: it is what most manifests hold, and
    /// TryParseExact tries the format list in order, which costs microseconds a value. Gives the same
    /// result as the list; anything else, valid or not, is left to the list.
    /// </summary>
    public static bool TryParseWireForm(ReadOnlySpan<char> value, out DateTimeOffset result)
    {
        result = default;
        if (value.Length != 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' || value[16] != ':' || value[19] != 'Z')
        {
            return false;
        }

        int year = Digits(value, 0, 4);
        int month = Digits(value, 5, 2);
        int day = Digits(value, 8, 2);
        int hour = Digits(value, 11, 2);
        int minute = Digits(value, 14, 2);
        int second = Digits(value, 17, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        {
            return false;
        }

        result = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    /// <summary>The value of <paramref name="count"/> ASCII digits, or -1.</summary>
    private static int Digits(ReadOnlySpan<char> value, int start, int count)
    {
        int n = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = value[i];
            if (c < '0' || c > '9')
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static string[] BuildFormats()
    {
        var formats = new List<string> { "yyyy-MM-dd" };
        var times = new List<string> { "HH:mm", "HH:mm:ss" };
        for (int digits = 1; digits <= 7; digits++)
        {
            times.Add("HH:mm:ss." + new string('f', digits));
        }

        foreach (string separator in new[] { "'T'", " " })
        {
            foreach (string time in times)
            {
                foreach (string zone in new[] { "", "'Z'", "zzz", "zz" })
                {
                    formats.Add("yyyy-MM-dd" + separator + time + zone);
                }
            }
        }

        return formats.ToArray();
    }
}
