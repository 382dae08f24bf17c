using System;
using ManifestGen.Rules.Media;

namespace ManifestGen.Client;

/// <summary>The content type of an upload, from its extension, as the SDK guesses it (none when unknown).</summary>
internal static class ContentTypes
{
    public const string Json = "application/json";

    public static string? FromExtension(string path) => ImageFiles.ExtensionOf(path, isUrl: false)?.ToUpperInvariant() switch
    {
        "JPG" or "JPEG" => "image/jpeg",
        "PNG" => "image/png",
        "BMP" => "image/bmp",
        _ => null,
    };
}
