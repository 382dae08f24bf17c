using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Attachments;

/// <summary>
/// The value of an attachment of a URL type (every type but RAW_TEXT) must be an https URL
/// (LBX0503 in manifests, its twin LBX2001 for C# constants).
/// </summary>
internal static class AttachmentUrls
{
    /// <summary>
    /// Null when <paramref name="value"/> (non-empty) is a well-formed https URL; otherwise an
    /// LBX0503 finding that says why not, with the https form as its fix when the correction is mechanical.
    /// </summary>
    public static Finding? Find(string type, string value)
    {
        LocationVerdict? verdict = Judge(value);
        return verdict == null ? null : new Finding(RuleCatalog.AttachmentNotHttps, RowElement.AttachmentValue, verdict.Suggestion, type, verdict.Reason!);
    }

    private static LocationVerdict? Judge(string value)
    {
        int bad = Locations.FindWhitespaceOrControl(value);
        if (bad >= 0)
        {
            return new LocationVerdict(LocationKind.NotHttps,
                "it contains " + Locations.DescribeCharacter(value[bad]) + " at position " + (bad + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "; remove or percent-encode it");
        }

        LocationVerdict verdict = Locations.Check(value);
        switch (verdict.Kind)
        {
            case LocationKind.HttpsUrl:
                return null;
            case LocationKind.NotHttps:
                return verdict;
            case LocationKind.HostWithoutScheme:
                return new LocationVerdict(LocationKind.NotHttps,
                    "'" + Quote.Safe(value) + "' has no scheme; use '" + Quote.Safe(verdict.Suggestion!) + "'", verdict.Suggestion);
            default:
                return new LocationVerdict(LocationKind.NotHttps, "'" + Quote.Safe(value) + "' is not a URL; host the file and give its https URL");
        }
    }
}
