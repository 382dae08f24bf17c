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
        DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);

    public static string ToWire(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

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
