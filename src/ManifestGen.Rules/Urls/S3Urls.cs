using System;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Urls;

/// <summary>
/// S3 URL styles. IAM delegated access needs virtual-hosted style
/// (https://bucket.s3.region.amazonaws.com/key); path style (https://s3.region.amazonaws.com/bucket/key)
/// is the form Labelbox asks users to rewrite before importing.
/// </summary>
internal static class S3Urls
{
    private static readonly char[] BucketEnd = { '/', '?', '#' };
    private static readonly string[] Partitions = { ".amazonaws.com", ".amazonaws.com.cn" };
    private const string DualStack = "s3.dualstack.";

    /// <summary>Longer authorities are lower-cased as strings; no real host comes near it.</summary>
    private const int MaxStackHost = 256;

    /// <summary>
    /// The virtual-hosted form of a path-style S3 https URL, or null when the URL is not path style.
    /// </summary>
    public static string? ToVirtualHosted(string httpsUrl)
    {
        int pathStart = PathStyleAuthorityEnd(httpsUrl.AsSpan(), out int hostStart);
        if (pathStart < 0)
        {
            return null;
        }

        string authority = httpsUrl.Substring(hostStart, pathStart - hostStart);

        string path = httpsUrl.Substring(pathStart + 1);
        int bucketEnd = path.IndexOfAny(BucketEnd);
        string bucket = bucketEnd < 0 ? path : path.Substring(0, bucketEnd);
        if (bucket.Length == 0)
        {
            return null;
        }

        string rest = bucketEnd < 0 ? "/" : path[bucketEnd] == '/' ? path.Substring(bucketEnd) : "/" + path.Substring(bucketEnd);
        return httpsUrl.Substring(0, hostStart) + bucket + "." + authority + rest;
    }

    /// <summary>Whether the URL's host is a path-style S3 host (then <see cref="ToVirtualHosted"/> may have a fix), without a copy.</summary>
    public static bool HasPathStyleHost(ReadOnlySpan<char> httpsUrl) => PathStyleAuthorityEnd(httpsUrl, out _) >= 0;

    /// <summary>The offset of the '/' after a path-style authority, which starts at <paramref name="hostStart"/>; -1 for any other URL.</summary>
    private static int PathStyleAuthorityEnd(ReadOnlySpan<char> url, out int hostStart)
    {
        hostStart = url.IndexOf("://".AsSpan());
        if (hostStart < 0)
        {
            return -1;
        }

        hostStart += 3;
        int pathStart = url.Slice(hostStart).IndexOf('/');
        if (pathStart < 0)
        {
            return -1;
        }

        pathStart += hostStart;
        return IsPathStyleAuthority(url.Slice(hostStart, pathStart - hostStart)) ? pathStart : -1;
    }

    /// <summary>
    /// A URL's authority (host and port) names a path-style host, compared lower-cased. Nearly every
    /// authority is short ASCII, lower-cased here on the stack; any other is lower-cased as a string,
    /// since invariant casing of other characters is not ASCII's.
    /// </summary>
    private static bool IsPathStyleAuthority(ReadOnlySpan<char> authority)
    {
        if (authority.IndexOf('@') >= 0)
        {
            return false;
        }

        if (authority.Length > MaxStackHost || CharRanges.IndexOfOutside(authority, '\0', '\u007F') >= 0)
        {
            return IsPathStyleHost(authority.ToString().ToLowerInvariant().AsSpan());
        }

        Span<char> lowered = stackalloc char[authority.Length];
        for (int i = 0; i < authority.Length; i++)
        {
            char c = authority[i];
            lowered[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        return IsPathStyleHost(lowered);
    }

    /// <summary>
    /// s3.amazonaws.com, s3.REGION.amazonaws.com, s3-REGION.amazonaws.com and
    /// s3.dualstack.REGION.amazonaws.com (and the .com.cn partition): hosts that name no bucket.
    /// </summary>
    private static bool IsPathStyleHost(ReadOnlySpan<char> host)
    {
        int port = host.IndexOf(':');
        if (port >= 0)
        {
            host = host.Slice(0, port);
        }

        int suffix = -1;
        foreach (string partition in Partitions)
        {
            if (host.EndsWith(partition.AsSpan()))
            {
                suffix = partition.Length;
                break;
            }
        }

        if (suffix < 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = host.Slice(0, host.Length - suffix);
        if (rest.SequenceEqual("s3".AsSpan()))
        {
            return true;
        }

        // Website endpoints (s3-website-REGION, s3-website.REGION) only serve virtual-hosted buckets.
        if (rest.StartsWith("s3-website".AsSpan()))
        {
            return false;
        }

        if (rest.StartsWith("s3-".AsSpan()))
        {
            return IsRegion(rest.Slice(3));
        }

        if (rest.StartsWith(DualStack.AsSpan()))
        {
            return IsRegion(rest.Slice(DualStack.Length));
        }

        return rest.StartsWith("s3.".AsSpan()) && IsRegion(rest.Slice(3));
    }

    /// <summary>Region names are lower-case letters, digits and dashes: us-west-1, eu-central-2.</summary>
    private static bool IsRegion(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value.IndexOf('-') < 0)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
