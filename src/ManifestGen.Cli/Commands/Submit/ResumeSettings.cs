using System;
using System.ComponentModel;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Submit;

/// <summary>The arguments of <c>lbx resume</c>; --endpoint must name the endpoint the journal records.</summary>
internal sealed class ResumeSettings : LabelboxSettings
{
    [CommandArgument(0, "<journal>")]
    [Description("The journal of the interrupted submit (.lbx-journal.jsonl next to its first manifest unless --journal named another).")]
    public string Journal { get; init; } = "";

    [CommandArgument(1, "<manifests>")]
    [Description("The same manifests the submit was given (the journal records their names and row count, not their rows).")]
    public string[] Paths { get; init; } = Array.Empty<string>();

    [CommandOption("--failures <PATH>")]
    [Description("Where every row not imported is written, as a JSON array (empty when all went in).")]
    [DefaultValue(ImportSettingsDefaults.FailuresFile)]
    public string Failures { get; init; } = ImportSettingsDefaults.FailuresFile;
}
