using System;
using System.ComponentModel;
using ManifestGen.Cli.Reports;
using ManifestGen.Rules.Diagnostics;
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
    [Description("Treat warnings as errors (as <TreatWarningsAsErrors>): they are reported as errors and fail with exit code 1.")]
    public bool WarningsAsErrors { get; init; }

    [CommandOption("--config <FILE>")]
    [Description("A global analyzer config to apply, as if it were a .globalconfig of the project (repeatable). The .editorconfig files above each manifest and the .globalconfig files of its project are read anyway.")]
    public string[] ConfigFiles { get; init; } = Array.Empty<string>();

    [CommandOption("--nowarn <IDS>")]
    [Description("Rule ids not to report, separated by , or ; (as <NoWarn>).")]
    public string[] NoWarn { get; init; } = Array.Empty<string>();

    [CommandOption("--warnings-as-errors <IDS>")]
    [Description("Rule ids to report as errors whatever the config says (as <WarningsAsErrors>).")]
    public string[] ErrorIds { get; init; } = Array.Empty<string>();

    [CommandOption("--warnings-not-as-errors <IDS>")]
    [Description("Rule ids kept at their own severity whatever the config and --warnaserror say (as <WarningsNotAsErrors>).")]
    public string[] NotErrorIds { get; init; } = Array.Empty<string>();

    [CommandOption("--same-problem-limit <N>")]
    [Description("List at most N places of one rule per manifest; the next one says how many more have the same problem (as the build's ManifestGenSameProblemLimit, default 3 there). Default: 0, every place.")]
    [DefaultValue(0)]
    public int SameProblemLimit { get; init; }

    [CommandOption("--problem-limit <N>")]
    [Description("List at most N manifest diagnostics, taking the files in path order; one LBX0008 says how many more there are (as the build's ManifestGenProblemLimit, default 200 there). Default: 0, every one.")]
    [DefaultValue(0)]
    public int ProblemLimit { get; init; }

    public ProblemLimits Limits => new(SameProblemLimit, ProblemLimit);

    public ReportFormat ReportFormat => ReportFormats.TryParse(Format, out ReportFormat format) ? format : ReportFormat.MsBuild;

    public override ValidationResult Validate() =>
        SameProblemLimit < 0 ? ValidationResult.Error("--same-problem-limit must be 0 (every place) or more")
        : ProblemLimit < 0 ? ValidationResult.Error("--problem-limit must be 0 (every diagnostic) or more")
        : ReportFormats.TryParse(Format, out _) ? ValidationResult.Success()
        : Format is "" or MissingOptionValues.Placeholder ? ValidationResult.Error("--format needs a value: " + ReportFormats.Names)
        : ValidationResult.Error("Unknown format '" + Format + "'; use " + ReportFormats.Names);
}
