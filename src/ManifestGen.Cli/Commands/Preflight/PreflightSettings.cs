using System;
using System.ComponentModel;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Preflight;

/// <summary>The arguments of <c>lbx preflight</c>.</summary>
internal sealed class PreflightSettings : CommandSettings
{
    [CommandArgument(0, "[manifests]")]
    [Description("Manifest files, folders (every *.lbx.json below them) or globs. Default: the current folder.")]
    public string[] Paths { get; init; } = Array.Empty<string>();
}
