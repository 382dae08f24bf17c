using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Inputs;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Text;

namespace ManifestGen.Cli.Validation;

/// <summary>
/// Reads the resolved files and runs the shared rules on them (<see cref="ManifestSetValidator"/>):
/// the diagnostics the build reports for the same files. Commands that submit validate first with this.
/// </summary>
internal static class ManifestValidation
{
    /// <summary>
    /// Validates the inputs; <paramref name="onParsed"/> (see <see cref="ManifestSetValidator.Validate"/>)
    /// receives each manifest's parsed document, for an import that then needs no second parse.
    /// </summary>
    public static ValidationReport Run(ResolvedInputs inputs, string workingDirectory, bool warningsAsErrors,
        System.Action<TextFile, ManifestDocument>? onParsed = null) =>
        Run(inputs, workingDirectory, ConfiguredSeverities.Defaults(warningsAsErrors), onParsed);

    /// <summary>
    /// Validates the inputs, each finding at the severity <paramref name="severities"/> gives it, listing as
    /// many as <paramref name="limits"/> allow (<c>default</c>: every one).
    /// </summary>
    public static ValidationReport Run(ResolvedInputs inputs, string workingDirectory, SeverityConfiguration severities,
        System.Action<TextFile, ManifestDocument>? onParsed = null, ProblemLimits limits = default)
    {
        var texts = new Dictionary<string, TextFile>(System.StringComparer.Ordinal);
        var discovery = new SchemaDiscovery();
        var entries = new List<ManifestSetEntry>(inputs.Manifests.Count);
        foreach (ManifestSource manifest in inputs.Manifests)
        {
            string? schema = discovery.Find(manifest);
            entries.Add(new ManifestSetEntry(Read(manifest.Path, texts), schema == null ? null : Read(schema, texts)));
        }

        List<TextFile> schemaFiles = inputs.SchemaFiles.Select(path => Read(path, texts)).ToList();
        List<FileProblem> problems = ManifestSetValidator.Validate(
            entries, schemaFiles, path => ValidationReport.DisplayPath(workingDirectory, path), onParsed, limits.SamePlaces);
        List<string> files = texts.Keys.OrderBy(path => path, System.StringComparer.Ordinal).ToList();
        return new ValidationReport(workingDirectory, files, problems, severities, limits.Total);
    }

    /// <summary>The file's text as the compiler reads it: UTF-8 unless a byte order mark says otherwise, the mark dropped.</summary>
    private static TextFile Read(string path, Dictionary<string, TextFile> texts)
    {
        if (!texts.TryGetValue(path, out TextFile? file))
        {
            try
            {
                file = new TextFile(path, File.ReadAllText(path));
            }
            catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
            {
                throw new UsageException("Cannot read " + path + ": " + e.Message);
            }

            texts.Add(path, file);
        }

        return file;
    }
}
