using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Commands.Preflight;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Terminal;
using ManifestGen.Manifests;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Text;
using Spectre.Console;

namespace ManifestGen.Cli.Validation;

/// <summary>
/// Manifests that passed validation, for the commands that then use their rows (preflight, submit, resume): each
/// parsed once, by the validation. When they have errors the command prints every diagnostic as validate does and
/// stops, rather than tripping over the first one it reads.
/// </summary>
internal sealed class ValidManifests
{
    private readonly IReadOnlyList<ManifestSource> _manifests;
    private readonly Dictionary<string, (TextFile File, ManifestDocument Document)> _parsed;

    private ValidManifests(IReadOnlyList<ManifestSource> manifests, Dictionary<string, (TextFile File, ManifestDocument Document)> parsed)
    {
        _manifests = manifests;
        _parsed = parsed;
    }

    /// <summary>
    /// Validates <paramref name="inputs"/> at the severities the build and lbx validate give (the .editorconfig and
    /// .globalconfig files of <see cref="ConfiguredSeverities"/>), so that a rule a user lowered does not stop a submit that
    /// validate passed; on an error prints the diagnostics (paths as validate prints them) and
    /// "error: The manifests have errors; <paramref name="consequence"/>" and returns null.
    /// </summary>
    public static ValidManifests? Read(ResolvedInputs inputs, string workingDirectory, IAnsiConsole console, string consequence)
    {
        var parsed = new Dictionary<string, (TextFile File, ManifestDocument Document)>(StringComparer.Ordinal);
        SeverityConfiguration severities = ConfiguredSeverities.Discover(inputs, Array.Empty<string>(), new CommandLineSeverities(warningsAsErrors: false));
        ValidationReport report = ManifestValidation.Run(inputs, workingDirectory, severities,
            (file, document) => parsed[file.Path] = (file, document));
        if (report.Failed)
        {
            MsBuildReport.Write(report, console);
            console.Error("The manifests have errors; " + consequence);
            return null;
        }

        return new ValidManifests(inputs.Manifests, parsed);
    }

    /// <summary>The manifests, in path order.</summary>
    public IReadOnlyList<ManifestSource> Manifests => _manifests;

    /// <summary>Every row, in manifest and row order; a local path is made full from its own manifest's folder.</summary>
    public IEnumerable<DataRowSpec> Rows() => _manifests.SelectMany(Rows);

    /// <summary>One manifest's rows, in order; a local path is made full from the manifest's folder.</summary>
    public IEnumerable<DataRowSpec> Rows(ManifestSource manifest)
    {
        string folder = Path.GetDirectoryName(manifest.Path)!;
        (TextFile file, ManifestDocument document) = _parsed[manifest.Path];
        return ManifestReader.ToRows(document, file.Text, manifest.Path).Select(row =>
            LocalFiles.IsLocal(row.RowData) ? row with { RowData = Path.GetFullPath(row.RowData, folder) } : row);
    }
}
