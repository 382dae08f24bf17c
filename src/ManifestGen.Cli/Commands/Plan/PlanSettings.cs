using System;
using System.ComponentModel;
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
}
