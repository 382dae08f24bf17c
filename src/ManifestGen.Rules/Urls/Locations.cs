using System;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Urls;

/// <summary>
/// Labelbox reads cloud images from https URLs only (signed URLs, or virtual-hosted S3 URLs with
/// IAM delegated access); a value without a scheme is a local file that is uploaded first.
/// </summary>
internal static class Locations
{
    private static readonly string[] CommonTopLevelDomains =
    {
        "com", "net", "org", "io", "co", "ai", "dev", "app", "cloud", "edu", "gov", "info", "biz", "me",
        "us", "uk", "de", "fr", "jp", "cn", "in", "eu",
    };

    /// <summary>The verdict on every good URL; a <see cref="LocationVerdict"/> is immutable, so one instance serves all.</summary>
    private static readonly LocationVerdict WellFormedHttps = new(LocationKind.HttpsUrl);

    /// <summary>
    /// The first white-space or control character, or -1. URLs and paths with them fail on upload
    /// or silently point somewhere else.
    /// </summary>
    public static int FindWhitespaceOrControl(string value)
    {
        // Printable ASCII is neither, and it is all of nearly every URL: skip it a vector at a time.
        int first = CharRanges.IndexOfOutside(value.AsSpan(), '!', '~');
        if (first < 0)
        {
            return -1;
        }

        for (int i = first; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) || char.IsControl(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"a space", "a tab", "a line break" or "the character …", for messages.</summary>
    public static string DescribeCharacter(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\n' or '\r' => "a line break",
        _ => "the character " + Json.JsonCursor.Describe(c),
    };

    public static LocationVerdict Check(string value)
    {
        int schemeEnd = SchemeLength(value);
        if (schemeEnd < 0)
        {
            return CheckSchemeless(value);
        }

        // https is nearly every value of a manifest: decide it without building the strings that
        // only the messages for other schemes need. (Scheme characters are ASCII, so ignoring case
        // here matches ToLowerInvariant below.)
        if (schemeEnd == 5 && string.Compare(value, 0, "https", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return IsWellFormedHttps(value)
                ? WellFormedHttps
                : new LocationVerdict(LocationKind.NotHttps, "'" + Quote.Safe(value) + "' is not a well-formed URL (check the host and the slashes after 'https:')");
        }

        string scheme = value.Substring(0, schemeEnd).ToLowerInvariant();
        string rest = value.Substring(schemeEnd + 1);
        string shown = "'" + Quote.Safe(value) + "'";
        switch (scheme)
        {
            case "http":
                // One fix, not two: an http path-style S3 URL goes straight to virtual-hosted https.
                string https = "https:" + rest;
                https = S3Urls.ToVirtualHosted(https) ?? https;
                return new LocationVerdict(LocationKind.NotHttps, shown + " uses http; use '" + Quote.Safe(https) + "'", https);
            case "s3":
                return FromBucketUri(rest, shown, "an S3 URI", (bucket, key) => "https://" + bucket + ".s3.amazonaws.com/" + key,
                    " (with the bucket's region if it is not us-east-1, e.g. '<bucket>.s3.us-west-2.amazonaws.com')");
            case "gs":
                return FromBucketUri(rest, shown, "a Google Cloud Storage URI", (bucket, key) => "https://storage.googleapis.com/" + bucket + "/" + key, "");
            default:
                return new LocationVerdict(LocationKind.NotHttps,
                    shown + " uses the '" + Quote.Safe(scheme) + "' scheme; Labelbox reads images from https URLs or uploads local files");
        }
    }

    /// <summary>The length of a URL scheme, or -1 when there is none (a Windows drive letter is no scheme).</summary>
    private static int SchemeLength(string value)
    {
        if (value.Length == 0 || !IsAsciiLetter(value[0]))
        {
            return -1;
        }

        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':')
            {
                return i == 1 ? -1 : i;
            }

            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            {
                return -1;
            }
        }

        return -1;
    }

    private static LocationVerdict CheckSchemeless(string value)
    {
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            string https = "https:" + value;
            return new LocationVerdict(LocationKind.NotHttps, "'" + Quote.Safe(value) + "' has no scheme; use '" + Quote.Safe(https) + "'", https);
        }

        int slash = value.IndexOf('/');
        return slash > 0 && LooksLikeHost(value.Substring(0, slash))
            ? new LocationVerdict(LocationKind.HostWithoutScheme, suggestion: "https://" + value)
            : new LocationVerdict(LocationKind.LocalPath);
    }

    private static bool LooksLikeHost(string segment)
    {
        int lastDot = segment.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        foreach (char c in segment)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-')
            {
                return false;
            }
        }

        if (segment.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string tld = segment.Substring(lastDot + 1);
        return Array.IndexOf(CommonTopLevelDomains, tld.ToLowerInvariant()) >= 0;
    }

    private static LocationVerdict FromBucketUri(string rest, string shown, string what, Func<string, string, string> https, string note)
    {
        if (!rest.StartsWith("//", StringComparison.Ordinal) || rest.Length == 2)
        {
            return new LocationVerdict(LocationKind.NotHttps, shown + " is " + what + " without a bucket");
        }

        string path = rest.Substring(2);
        int slash = path.IndexOf('/');
        string bucket = slash < 0 ? path : path.Substring(0, slash);
        string key = slash < 0 ? "" : path.Substring(slash + 1);
        string suggestion = https(bucket, key);
        return new LocationVerdict(LocationKind.NotHttps,
            shown + " is " + what + "; use its https form '" + Quote.Safe(suggestion) + "'" + note, suggestion);
    }

    private static bool IsWellFormedHttps(string value)
    {
        // A plain URL on a host already accepted needs no Uri parse; see KnownHttpsHosts.
        int hostEnd = KnownHttpsHosts.PlainHostEnd(value.AsSpan());
        if (hostEnd > 0 && KnownHttpsHosts.Contains(value.AsSpan(), hostEnd))
        {
            return true;
        }

        bool wellFormed = Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
            && uri.Host.Length > 0
            && value.Length > "https://".Length
            && string.Compare(value, 0, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0;
        if (wellFormed && hostEnd > 0)
        {
            KnownHttpsHosts.Add(value, hostEnd);
        }

        return wellFormed;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
