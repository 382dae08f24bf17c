using ManifestGen.Rules.Text;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Attachments;

/// <summary>
/// The value of an attachment of a URL type (every type but RAW_TEXT) must be an https URL
/// (LBX0503 in manifests, LBX2001 for C# constants).
/// </summary>
internal static class AttachmentUrls
{
    /// <summary>
    /// Null when <paramref name="value"/> (non-empty) is a well-formed https URL; otherwise why not, as
    /// <see cref="LocationCheck.Reason"/>, with the https form as <see cref="LocationCheck.Suggestion"/>
    /// when the correction is mechanical.
    /// </summary>
    public static LocationCheck? Check(string value)
    {
        int bad = Locations.FindWhitespaceOrControl(value);
        if (bad >= 0)
        {
            return new LocationCheck(LocationKind.NotHttps,
                "it contains " + Locations.DescribeCharacter(value[bad]) + " at position " + (bad + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "; remove or percent-encode it");
        }

        LocationCheck check = Locations.Check(value);
        switch (check.Kind)
        {
            case LocationKind.HttpsUrl:
                return null;
            case LocationKind.NotHttps:
                return check;
            case LocationKind.HostWithoutScheme:
                return new LocationCheck(LocationKind.NotHttps,
                    "'" + Quote.Safe(value) + "' has no scheme; use '" + Quote.Safe(check.Suggestion!) + "'", check.Suggestion);
            default:
                return new LocationCheck(LocationKind.NotHttps, "'" + Quote.Safe(value) + "' is not a URL; host the file and give its https URL");
        }
    }
}
