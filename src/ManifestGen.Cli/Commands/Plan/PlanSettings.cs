using System;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Plan;

/// <summary>The arguments of <c>lbx plan</c>.</summary>
internal sealed class PlanSettings : LabelboxSettings
{
    [CommandArgument(0, "<manifests>")]
    [Description("Manifest files, folders (every *.lbx.json below them) or globs: the rows the dataset should hold.")]
    public string[] Paths { get; init; } = Array.Empty<string>();

    [CommandOption("--dataset-id <ID>")]
    [Description("The dataset to compare with.")]
    public string? DatasetId { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default), json, or markdown (for a pull-request comment).")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(DatasetId) ? ValidationResult.Error("Name the dataset to compare with: --dataset-id ID")
        : !PlanFormats.TryParse(Format, out _) ? ValidationResult.Error("Unknown format '" + Format + "'; use " + PlanFormats.Names)
        : ValidationResult.Success();
}
