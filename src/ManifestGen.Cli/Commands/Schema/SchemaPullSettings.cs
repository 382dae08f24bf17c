using System.ComponentModel;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>The arguments of <c>lbx schema pull</c>.</summary>
internal sealed class SchemaPullSettings : LabelboxSettings
{
    [CommandOption("-o|--output <PATH>")]
    [Description("The file to write (overwritten).")]
    [DefaultValue("labelbox.metadata.json")]
    public string Output { get; init; } = "labelbox.metadata.json";

    [CommandOption("--sandbox")]
    [Description("Read the ontology of a local sandbox started in this process instead of Labelbox (it has no custom fields).")]
    public bool Sandbox { get; init; }
}
