using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Importing;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Terminal;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Submit;

/// <summary>
/// <c>lbx submit</c>: validates the manifests, then imports their rows into a new dataset (--dataset) or an
/// existing one (--dataset-id, which the import checks exists before it sends a row) with a journal, showing progress, a summary and a failures file;
/// with --sync, only the rows that dataset lacks or holds otherwise, after creating the metadata fields and options the
/// organization lacks. Exit code 1 when a row was not imported.
/// </summary>
internal sealed class SubmitCommand : LbxAsyncCommand<SubmitSettings>
{
    public SubmitCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override Task<int> ExecuteAsync(CommandContext context, SubmitSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Sync && (string.IsNullOrWhiteSpace(settings.DatasetId) || settings.Dataset != null))
        {
            Environment.Console.Error("--sync compares the manifests with an existing dataset: give it as --dataset-id ID (not --dataset NAME); nothing was submitted.");
            return Task.FromResult(ExitCodes.Errors);
        }

        if (settings.Prune && !settings.Sync)
        {
            Environment.Console.Error("--prune deletes the rows a sync finds no manifest naming: add --sync --dataset-id ID; nothing was submitted.");
            return Task.FromResult(ExitCodes.Errors);
        }

        LabelboxTarget target = LabelboxTarget.Resolve(Environment, settings.Endpoint, settings.Sandbox);
        ResolvedInputs inputs = InputResolver.Resolve(settings.Paths, Environment.WorkingDirectory);
        if (inputs.Manifests.Count == 0)
        {
            throw new UsageException("No manifests to submit; name .lbx.json files, folders or globs");
        }

        string journal = settings.Journal is { } named
            ? Path.GetFullPath(named, Environment.WorkingDirectory)
            : Path.Combine(Path.GetDirectoryName(inputs.Manifests[0].Path)!, ImportSettingsDefaults.JournalFile);
        if (File.Exists(journal))
        {
            throw new UsageException(journal + " exists: an earlier submit did not finish. Continue it with 'lbx resume " + journal
                + " <manifests>', or delete it (or give another --journal) to start a new import.");
        }

        var request = new ImportRequest(inputs, journal, settings.Dataset, settings.DatasetId, Path.GetFullPath(settings.Failures, Environment.WorkingDirectory), target,
            settings.Sync ? ImportMode.Sync : ImportMode.Create, settings.Prune, settings.Yes);
        return ImportSession.RunAsync(Environment, request, cancellationToken);
    }
}
