using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Rules.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;

namespace ManifestGen;

/// <summary>
/// Checks local image files before any upload: the file exists, is at most 256 MB, really is a JPG,
/// PNG or BMP by its content (read by ImageSharp from the header, whatever the extension says), and
/// warns when a side is over 9000 pixels.
/// </summary>
internal static class LocalFilePreflight
{
    private static readonly string[] Formats = { "JPEG", "PNG", "BMP" };

    /// <summary>Checks each file; returns the problems found (none for a good file).</summary>
    /// <param name="paths">The files.</param>
    /// <param name="progress">Told the number of files checked so far, after each file.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    public static async Task<IReadOnlyList<PreflightProblem>> CheckAsync(IEnumerable<string> paths, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new List<PreflightProblem>();
        int checkedFiles = 0;
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            problems.AddRange(await CheckFileAsync(path, cancellationToken).ConfigureAwait(false));
            progress?.Report(++checkedFiles);
        }

        return problems;
    }

    /// <summary>Checks one file.</summary>
    public static async Task<IReadOnlyList<PreflightProblem>> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new[] { Error(path, "The file does not exist; check the path (a relative path is read from the manifest's folder).") };
        }

        if (file.Length > ImageFiles.MaxUploadBytes)
        {
            return new[] { Error(path, "The file is " + file.Length + " bytes; Labelbox takes direct uploads of at most 256 MB. Host it and use an https URL instead.") };
        }

        IImageInfo? info;
        IImageFormat? format;
        try
        {
            (info, format) = await Image.IdentifyWithFormatAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or ImageFormatException or NotSupportedException)
        {
            return new[] { NotAnImage(path) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // One unreadable file (locked by another program, no permission) is that row's problem, not the import's end.
            return new[] { Error(path, "The file could not be read (" + e.Message + "); check that no other program holds it and that it may be read.") };
        }

        if (info is null || format is null)
        {
            return new[] { NotAnImage(path) };
        }

        if (Array.IndexOf(Formats, format.Name.ToUpperInvariant()) < 0)
        {
            return new[] { Error(path, "The file is a " + format.Name + " image; Labelbox imports JPG, PNG or BMP. Convert it first.") };
        }

        if (info.Width > ImageFiles.MaxRecommendedPixels || info.Height > ImageFiles.MaxRecommendedPixels)
        {
            return new[]
            {
                new PreflightProblem(path, ProblemSeverity.Warning,
                    "The image is " + info.Width + "×" + info.Height + " pixels; Labelbox advises at most 9000 on either side for labeling. Consider tiling or downscaling it."),
            };
        }

        return Array.Empty<PreflightProblem>();
    }

    private static PreflightProblem NotAnImage(string path) =>
        Error(path, "The file is not a JPG, PNG or BMP image by its content, whatever its extension says; Labelbox would reject it.");

    private static PreflightProblem Error(string path, string message) => new(path, ProblemSeverity.Error, message);
}
