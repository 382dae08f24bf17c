using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Urls;

/// <summary>
/// The rules of a row_data value (LBX0101–LBX0105, LBX0107), written once for manifests, built rows
/// and C# constants.
/// </summary>
internal static class RowDataRules
{
    /// <summary>
    /// True only when <see cref="Find"/> would find nothing in <paramref name="value"/>, decided without a
    /// copy for the common case (a plain https URL on a host Uri has accepted, not a path-style S3 host,
    /// with a supported extension or none); false when in doubt, and the caller runs <see cref="Find"/>.
    /// </summary>
    public static bool IsPlainlyClean(ReadOnlySpan<char> value, bool isImage) =>
        KnownHttpsHosts.IsKnownPlain(value)
        && !S3Urls.HasPathStyleHost(value)
        && (!isImage || ImageFiles.HasNoOrSupportedExtension(value, isUrl: true));

    /// <summary>
    /// Adds what is wrong with <paramref name="value"/> to <paramref name="findings"/>: when it is
    /// missing or empty, only that.
    /// <paramref name="isImage"/>: the row is an image, so its extension must be one Labelbox takes.
    /// <paramref name="scope"/>: a C# constant is judged on its URL alone (see <see cref="RowDataScope"/>).
    /// </summary>
    public static void Find(string? value, bool isImage, RowDataScope scope, List<Finding> findings)
    {
        if (value == null || value.Length == 0)
        {
            findings.Add(new Finding(RuleCatalog.MissingRowData, RowElement.RowData, null));
            return;
        }

        if (scope == RowDataScope.Manifest)
        {
            int bad = Locations.FindWhitespaceOrControl(value);
            if (bad >= 0)
            {
                string trimmed = value.Trim();
                bool localPath = trimmed.Length > 0 && Locations.Check(trimmed).Kind == LocationKind.LocalPath;
                if (localPath)
                {
                    bad = FirstOutsideInnerSpaces(value, bad);
                }

                if (bad >= 0)
                {
                    bool trimmedIsClean = trimmed.Length > 0 && (localPath ? FirstOutsideInnerSpaces(trimmed, 0) : Locations.FindWhitespaceOrControl(trimmed)) < 0;
                    findings.Add(new Finding(RuleCatalog.WhitespaceInRowData, RowElement.RowData, trimmedIsClean ? trimmed : null,
                        Locations.DescribeCharacter(value[bad]), (bad + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    return;
                }
            }
        }

        LocationVerdict verdict = Locations.Check(value);
        switch (verdict.Kind)
        {
            case LocationKind.NotHttps:
                findings.Add(new Finding(RuleCatalog.NotHttps, RowElement.RowData, verdict.Suggestion, verdict.Reason!));
                break;
            case LocationKind.HostWithoutScheme when scope == RowDataScope.Manifest:
                findings.Add(new Finding(RuleCatalog.MissingScheme, RowElement.RowData, verdict.Suggestion, Quote.Safe(value), Quote.Safe(verdict.Suggestion!)));
                break;
            case LocationKind.HttpsUrl:
                string? virtualHosted = S3Urls.ToVirtualHosted(value);
                if (virtualHosted != null)
                {
                    findings.Add(new Finding(RuleCatalog.S3PathStyle, RowElement.RowData, virtualHosted, Quote.Safe(value), Quote.Safe(virtualHosted)));
                }

                break;
        }

        string? extension = ImageFiles.ExtensionOf(value, isUrl: verdict.Kind != LocationKind.LocalPath);
        if (isImage && extension != null && !ImageFiles.IsSupportedExtension(extension))
        {
            findings.Add(new Finding(RuleCatalog.UnsupportedExtension, RowElement.RowData, null, Quote.Safe(value), Quote.Safe(extension)));
        }
    }

    /// <summary>
    /// In a local path, the first whitespace or control character that is a mistake, or -1: a file's name may have
    /// spaces ("Photos 2024/black cat.jpg", "C:\Users\Jo Smith\a.jpg"), as the file is uploaded, never fetched by its
    /// path, and percent-encoding it would name another file. Whitespace around the value, any other whitespace and
    /// control characters stay mistakes. Nothing before <paramref name="from"/> is one.
    /// </summary>
    private static int FirstOutsideInnerSpaces(string value, int from)
    {
        if (char.IsWhiteSpace(value[0]))
        {
            return 0;
        }

        int end = value.TrimEnd().Length;
        for (int i = from; i < end; i++)
        {
            if (value[i] != ' ' && (char.IsWhiteSpace(value[i]) || char.IsControl(value[i])))
            {
                return i;
            }
        }

        return end < value.Length ? end : -1;
    }
}
