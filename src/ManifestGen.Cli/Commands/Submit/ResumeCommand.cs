using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Importing;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Terminal;
using ManifestGen.Journal;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Submit;

/// <summary>
/// <c>lbx resume</c>: continues an interrupted submit from its journal. The journal records the
/// dataset, the manifests' names and row count, the chunks sent and the tasks, but not the rows, so
/// the same manifests are named again; the import refuses others. It also records the endpoint, so a
/// resume against another one (a forgotten --endpoint) is refused rather than sent to the wrong place.
/// </summary>
internal sealed class ResumeCommand : LbxAsyncCommand<ResumeSettings>
{
    public ResumeCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override Task<int> ExecuteAsync(CommandContext context, ResumeSettings settings, CancellationToken cancellationToken)
    {
        string journal = Path.GetFullPath(settings.Journal, Environment.WorkingDirectory);
        if (!File.Exists(journal) || new FileInfo(journal).Length == 0)
        {
            throw new UsageException("'" + settings.Journal + "' is not the journal of an interrupted submit (looked for " + journal
                + "); a submit that finished deletes its journal. Run lbx submit to start an import.");
        }

        ImportStarted? start = JournalStart.Read(journal);
        string? recorded = start?.Endpoint;
        if (recorded != null && recorded != LabelboxClientOptions.DefaultEndpoint.AbsoluteUri
            && settings.Endpoint == null && string.IsNullOrEmpty(Environment.Variable(LabelboxTarget.EndpointVariable)))
        {
            throw new UsageException("'" + settings.Journal + "' records an import into " + recorded + "; resume it there: add --endpoint " + recorded);
        }

        LabelboxTarget target = LabelboxTarget.Resolve(Environment, settings.Endpoint, sandbox: false);
        try
        {
            // After the options are checked, before the endpoint is reached: an unreachable one would be reported instead.
            ImportJournal.Check(journal);
        }
        catch (JournalRefusedException e)
        {
            Environment.Console.Error(e.Message);
            return Task.FromResult(ExitCodes.Errors);
        }

        string current = (target.Endpoint ?? LabelboxClientOptions.DefaultEndpoint).AbsoluteUri;
        if (recorded != null && recorded != current)
        {
            // Before anything is asked of the wrong service (its ontology, a missing field's advice).
            throw new UsageException("'" + settings.Journal + "' records an import into " + recorded + ", not " + current + "; resume it there: "
                + (recorded == LabelboxClientOptions.DefaultEndpoint.AbsoluteUri
                    ? "leave out --endpoint and unset " + LabelboxTarget.EndpointVariable
                    : "--endpoint " + recorded));
        }

        ResolvedInputs inputs = InputResolver.Resolve(settings.Paths, Environment.WorkingDirectory);
        // The journal of a sync resumes as a sync: its plan is recorded in it.
        ImportMode mode = start?.Mode == nameof(ImportMode.Sync) ? ImportMode.Sync : ImportMode.Create;
        var request = new ImportRequest(inputs, journal, null, null, Path.GetFullPath(settings.Failures, Environment.WorkingDirectory), target, mode);
        return ImportSession.RunAsync(Environment, request, cancellationToken);
    }
}
