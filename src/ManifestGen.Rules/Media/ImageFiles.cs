using System;

namespace ManifestGen.Rules.Media;

/// <summary>Labelbox imports images as JPG, PNG or BMP; direct uploads are at most 256 MB.</summary>
internal static class ImageFiles
{
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    /// <summary>Labelbox advises against labeling images larger than this on either side.</summary>
    public const int MaxRecommendedPixels = 9000;

    public static readonly string[] Extensions = { "jpg", "jpeg", "png", "bmp" };

    private static readonly char[] QueryStart = { '?', '#' };

    private static readonly char[] Separators = { '/', '\\' };

    public static bool IsSupportedExtension(string extension)
    {
        foreach (string known in Extensions)
        {
            if (string.Equals(known, extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The extension (without the dot) of the last path segment of a URL or path, ignoring any
    /// query string or fragment; null when there is none.
    /// </summary>
    public static string? ExtensionOf(string location, bool isUrl)
    {
        int end = location.Length;
        if (isUrl)
        {
            int cut = location.IndexOfAny(QueryStart);
            if (cut >= 0)
            {
                end = cut;
            }
        }

        if (end == 0)
        {
            return null;
        }

        // Searched from the end: only the last segment matters, and a URL is mostly its path.
        int segmentStart = location.LastIndexOfAny(Separators, end - 1) + 1;

        // A URL's segment right after "scheme://" (or a leading "//") is its host, not a file name:
        // "https://example.com" has no extension.
        if (isUrl && segmentStart >= 2 && location[segmentStart - 1] == '/' && location[segmentStart - 2] == '/'
            && (segmentStart == 2 || location[segmentStart - 3] == ':'))
        {
            return null;
        }

        int dot = segmentStart < end ? location.LastIndexOf('.', end - 1, end - segmentStart) : -1;

        // ".png" alone is a hidden file with no extension; "a." has none either.
        if (dot <= segmentStart || dot == end - 1)
        {
            return null;
        }

        return location.Substring(dot + 1, end - dot - 1);
    }
}
