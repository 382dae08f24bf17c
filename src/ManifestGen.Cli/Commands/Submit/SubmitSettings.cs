using System;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Submit;

/// <summary>The arguments of <c>lbx submit</c>.</summary>
internal sealed class SubmitSettings : LabelboxSettings
{
    [CommandArgument(0, "<manifests>")]
    [Description("Manifest files, folders (every *.lbx.json below them) or globs; their rows go into one dataset, in path order.")]
    public string[] Paths { get; init; } = Array.Empty<string>();

    [CommandOption("-d|--dataset <NAME>")]
    [Description("The name of the dataset to create and import into (names are not unique: each submit creates a new one). Or --dataset-id.")]
    public string? Dataset { get; init; }

    [CommandOption("--dataset-id <ID>")]
    [Description("The id of an existing dataset to import into instead (checked before any row is sent). Give --dataset or --dataset-id, not both.")]
    public string? DatasetId { get; init; }

    [CommandOption("--journal <PATH>")]
    [Description("Where the import records its progress, for lbx resume. Default: .lbx-journal.jsonl next to the first manifest. Deleted when the import finishes.")]
    public string? Journal { get; init; }

    [CommandOption("--failures <PATH>")]
    [Description("Where every row not imported is written, as a JSON array (empty when all went in).")]
    [DefaultValue(ImportSettingsDefaults.FailuresFile)]
    public string Failures { get; init; } = ImportSettingsDefaults.FailuresFile;

    [CommandOption("--sync")]
    [Description("Send only what the dataset named by --dataset-id lacks: new rows are created, changed ones updated by global key, unchanged ones not sent (lbx plan shows which). The metadata fields and options labelbox.metadata.json declares but the organization lacks are created first.")]
    public bool Sync { get; init; }

    [CommandOption("--prune")]
    [Description("With --sync: delete the dataset's rows that no manifest names, once the rows are stored. They are listed first; an interactive terminal asks (default no), elsewhere add --yes.")]
    public bool Prune { get; init; }

    [CommandOption("-y|--yes")]
    [Description("With --prune: delete the listed rows without asking (needed where there is no terminal to ask on, as in CI).")]
    public bool Yes { get; init; }

    [CommandOption("--sandbox")]
    [Description("Import into a local sandbox started in this process instead of Labelbox, with the custom fields of the manifests' labelbox.metadata.json (no API key needed; nothing leaves the machine; gone when lbx exits, so it cannot be resumed: use lbx sandbox and --endpoint for that).")]
    public bool Sandbox { get; init; }

    public override ValidationResult Validate() => (Dataset, DatasetId) switch
    {
        _ when Sync => ValidationResult.Success(), // the command says what --sync needs, with exit code 1
        (not null, not null) => ValidationResult.Error("Give --dataset NAME (a new dataset) or --dataset-id ID (an existing one), not both"),
        (null, null) => ValidationResult.Error("Name the dataset: --dataset NAME creates one, --dataset-id ID imports into an existing one"),
        _ when Dataset is { } name && string.IsNullOrWhiteSpace(name) => ValidationResult.Error("--dataset needs a name"),
        _ when DatasetId is { } id && string.IsNullOrWhiteSpace(id) => ValidationResult.Error("--dataset-id needs an id"),
        _ => ValidationResult.Success(),
    };
}
