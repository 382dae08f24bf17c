using System;
using System.ComponentModel;
using ManifestGen.Cli.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Validate;

/// <summary>The arguments of <c>lbx validate</c>.</summary>
internal sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "[paths]")]
    [Description("Manifest files, folders (every *.lbx.json below them) or globs such as \"data/**/*.lbx.json\" (quoted, so the shell leaves them to lbx). Default: the current folder.")]
    public string[] Paths { get; init; } = Array.Empty<string>();

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: msbuild (path(line,col): error LBX0102: message), json, or sarif (SARIF 2.1.0 for code scanning).")]
    [DefaultValue("msbuild")]
    public string Format { get; init; } = "msbuild";

    [CommandOption("--warnaserror")]
    [Description("Treat warnings as errors: they are reported as errors and fail with exit code 1.")]
    public bool WarningsAsErrors { get; init; }

    public ReportFormat ReportFormat => ReportFormats.TryParse(Format, out ReportFormat format) ? format : ReportFormat.MsBuild;

    public override ValidationResult Validate() =>
        ReportFormats.TryParse(Format, out _) ? ValidationResult.Success()
        : Format is "" or MissingOptionValues.Placeholder ? ValidationResult.Error("--format needs a value: " + ReportFormats.Names)
        : ValidationResult.Error("Unknown format '" + Format + "'; use " + ReportFormats.Names);
}
