using System;

namespace ManifestGen.Rules.Media;

/// <summary>Labelbox imports images as JPG, PNG or BMP; direct uploads are at most 256 MB.</summary>
internal static class ImageFiles
{
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    /// <summary>Labelbox advises against labeling images larger than this on either side.</summary>
    public const int MaxRecommendedPixels = 9000;

    public static readonly string[] Extensions = { "jpg", "jpeg", "png", "bmp" };

    public static bool IsSupportedExtension(string extension) => IsSupportedExtension(extension.AsSpan());

    public static bool IsSupportedExtension(ReadOnlySpan<char> extension)
    {
        foreach (string known in Extensions)
        {
            if (extension.Equals(known.AsSpan(), StringComparison.OrdinalIgnoreCase))
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
        int dot = ExtensionDot(location.AsSpan(), isUrl, out int end);
        return dot < 0 ? null : location.Substring(dot + 1, end - dot - 1);
    }

    /// <summary>Whether a URL or path has no extension, or one Labelbox takes, without a copy.</summary>
    public static bool HasNoOrSupportedExtension(ReadOnlySpan<char> location, bool isUrl)
    {
        int dot = ExtensionDot(location, isUrl, out int end);
        return dot < 0 || IsSupportedExtension(location.Slice(dot + 1, end - dot - 1));
    }

    /// <summary>The dot before the extension, which ends at <paramref name="end"/>; -1 when there is none.</summary>
    private static int ExtensionDot(ReadOnlySpan<char> location, bool isUrl, out int end)
    {
        end = location.Length;
        if (isUrl)
        {
            int cut = location.IndexOfAny('?', '#');
            if (cut >= 0)
            {
                end = cut;
            }
        }

        if (end == 0)
        {
            return -1;
        }

        // Searched from the end: only the last segment matters, and a URL is mostly its path.
        int segmentStart = location.Slice(0, end).LastIndexOfAny('/', '\\') + 1;

        // A URL's segment right after "scheme://" (or a leading "//") is its host, not a file name:
        // "https://example.com" has no extension.
        if (isUrl && segmentStart >= 2 && location[segmentStart - 1] == '/' && location[segmentStart - 2] == '/'
            && (segmentStart == 2 || location[segmentStart - 3] == ':'))
        {
            return -1;
        }

        int dot = segmentStart < end ? segmentStart + location.Slice(segmentStart, end - segmentStart).LastIndexOf('.') : -1;

        // ".png" alone is a hidden file with no extension; "a." has none either.
        return dot <= segmentStart || dot == end - 1 ? -1 : dot;
    }
}
