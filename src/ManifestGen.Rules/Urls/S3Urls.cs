using System;

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

    /// <summary>
    /// The virtual-hosted form of a path-style S3 https URL, or null when the URL is not path style.
    /// </summary>
    public static string? ToVirtualHosted(string httpsUrl)
    {
        int hostStart = httpsUrl.IndexOf("://", StringComparison.Ordinal);
        if (hostStart < 0)
        {
            return null;
        }

        hostStart += 3;
        int pathStart = httpsUrl.IndexOf('/', hostStart);
        if (pathStart < 0)
        {
            return null;
        }

        string authority = httpsUrl.Substring(hostStart, pathStart - hostStart);
        if (authority.IndexOf('@') >= 0 || !IsPathStyleHost(authority.ToLowerInvariant()))
        {
            return null;
        }

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

    /// <summary>
    /// s3.amazonaws.com, s3.REGION.amazonaws.com, s3-REGION.amazonaws.com and
    /// s3.dualstack.REGION.amazonaws.com (and the .com.cn partition): hosts that name no bucket.
    /// </summary>
    private static bool IsPathStyleHost(string host)
    {
        int port = host.IndexOf(':');
        if (port >= 0)
        {
            host = host.Substring(0, port);
        }

        string? rest = null;
        foreach (string suffix in Partitions)
        {
            if (host.EndsWith(suffix, StringComparison.Ordinal))
            {
                rest = host.Substring(0, host.Length - suffix.Length);
                break;
            }
        }

        if (rest == null)
        {
            return false;
        }

        if (rest == "s3")
        {
            return true;
        }

        // Website endpoints (s3-website-REGION, s3-website.REGION) only serve virtual-hosted buckets.
        if (rest.StartsWith("s3-website", StringComparison.Ordinal))
        {
            return false;
        }

        if (rest.StartsWith("s3-", StringComparison.Ordinal))
        {
            return IsRegion(rest.Substring(3));
        }

        if (rest.StartsWith("s3.dualstack.", StringComparison.Ordinal))
        {
            return IsRegion(rest.Substring("s3.dualstack.".Length));
        }

        return rest.StartsWith("s3.", StringComparison.Ordinal) && IsRegion(rest.Substring(3));
    }

    /// <summary>Region names are lower-case letters, digits and dashes: us-west-1, eu-central-2.</summary>
    private static bool IsRegion(string value)
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
