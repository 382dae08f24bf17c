using System;
using System.IO;
using Microsoft.AspNetCore.StaticFiles;

namespace ManifestGen.Sandbox.Store;

/// <summary>The name and content type a file is stored and served with.</summary>
internal static class FileNames
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// Takes the part's filename and content type as sent. The Python SDK sends data-row chunks with the
    /// two swapped (filename "application/json", type "json_import.json"): a filename that is a media
    /// type next to a type that is not is swapped back. A missing or unusable type is guessed from the
    /// extension, else application/octet-stream.
    /// </summary>
    public static (string FileName, string ContentType) Normalize(string? fileName, string? contentType)
    {
        if (fileName is not null && contentType is not null && IsMediaType(fileName) && !IsMediaType(contentType))
        {
            (fileName, contentType) = (contentType, fileName);
        }

        string name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        if (name.Length == 0 || name == "." || name == "..")
        {
            name = "file";
        }

        if (contentType is null || !IsMediaType(contentType))
        {
            contentType = ContentTypes.TryGetContentType(name, out string? guessed) ? guessed : "application/octet-stream";
        }

        return (name, contentType);
    }

    private static bool IsMediaType(string value)
    {
        int slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < value.Length - 1 && value.IndexOf('/', slash + 1) < 0 && !value.Contains(' ', StringComparison.Ordinal);
    }
}
