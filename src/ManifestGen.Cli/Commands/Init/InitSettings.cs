using System.ComponentModel;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Init;

/// <summary>The arguments of <c>lbx init</c>.</summary>
internal sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "[folder]")]
    [Description("Where to write the files (created if missing). Default: the current folder.")]
    public string Folder { get; init; } = ".";

    [CommandOption("--force")]
    [Description("Overwrite files that already exist.")]
    public bool Force { get; init; }
}
