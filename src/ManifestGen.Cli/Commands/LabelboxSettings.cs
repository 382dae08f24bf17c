using System.ComponentModel;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands;

/// <summary>The arguments of every command that talks to Labelbox: where to.</summary>
internal abstract class LabelboxSettings : CommandSettings
{
    [CommandOption("--endpoint <URL>")]
    // Spectre reads [..] in help text as markup: [[ and ]] print a bracket.
    [Description("The GraphQL endpoint to talk to instead of Labelbox's (also LABELBOX_ENDPOINT; the option wins): https, or http on 127.0.0.1, localhost or [[::1]] for a sandbox such as lbx sandbox's http://127.0.0.1:5080/graphql. No LABELBOX_API_KEY is needed for a loopback one.")]
    public string? Endpoint { get; init; }
}
