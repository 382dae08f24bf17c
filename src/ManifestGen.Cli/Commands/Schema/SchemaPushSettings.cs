using System.ComponentModel;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>The arguments of <c>lbx schema push</c>.</summary>
internal sealed class SchemaPushSettings : LabelboxSettings
{
    [CommandOption("--metadata <FILE>")]
    [Description("The labelbox.metadata.json whose fields the organization should have; rewritten with their schema ids.")]
    [DefaultValue("labelbox.metadata.json")]
    public string Metadata { get; init; } = "labelbox.metadata.json";

    [CommandOption("-y|--yes")]
    [Description("Create the missing fields and options without asking (needed where there is no terminal to ask on, as in CI).")]
    public bool Yes { get; init; }
}
