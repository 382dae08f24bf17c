using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using ManifestGen.Journal;
using ManifestGen.Sandbox;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// One run of the import for submit and resume: validation (errors: nothing is sent), the dataset --dataset-id names
/// (<see cref="ExistingDataset"/>), for a sync the creation of
/// the declared custom fields the organization lacks (<see cref="SyncSchema"/>), the check that the organization has them, the import with its progress display, the failures
/// file and the summary. The journal is deleted when the import ran to its end; an interrupted one
/// keeps it for lbx resume. The commands resolved the <see cref="LabelboxTarget"/> (and its key) first.
/// </summary>
internal static class ImportSession
{
    public static async Task<int> RunAsync(CommandEnvironment environment, ImportRequest request, CancellationToken cancellationToken)
    {
        IAnsiConsole console = environment.Console;
        if (ValidManifests.Read(request.Inputs, environment.WorkingDirectory, console, "nothing was submitted.") is not { } valid)
        {
            return ExitCodes.Errors;
        }

        ImportManifest input = ImportInput.Create(request.Inputs.Manifests, valid, request.JournalPath);
        // Validation stopped on any error, so the import checks only what depends on the organization: the rows' metadata.
        var options = new ImportOptions
        {
            DatasetName = request.DatasetName, DatasetId = request.DatasetId, JournalPath = request.JournalPath, Mode = request.Mode, Prune = request.Prune,
            RowRulesHeld = true,
        };
        IReadOnlyList<string> schemaFiles = SchemaDiscovery.FindAll(request.Inputs);
        ImportResult result;
        try
        {
            await using LabelboxConnection connection = await LabelboxConnection.OpenAsync(environment, request.Target, schemaFiles, cancellationToken).ConfigureAwait(false);
            if (request.DatasetId is { } datasetId && !await ExistingDataset.CheckAsync(console, connection.Client, datasetId, cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.Errors;
            }

            if (request.Mode == ImportMode.Sync
                && !await SyncSchema.ApplyAsync(console, connection.Client, schemaFiles, environment.WorkingDirectory, cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.Errors;
            }

            MetadataOntology ontology = await connection.Client.GetMetadataOntologyAsync(refresh: false, cancellationToken).ConfigureAwait(false);
            List<string> missing = MissingFields.Find(schemaFiles, ontology, request.Target.OnThisMachine);
            if (missing.Count > 0)
            {
                missing.ForEach(console.Error);
                console.Error("The import stops before sending: every row that sets one of these fields would be refused.");
                return ExitCodes.Errors;
            }

            if (request.Prune)
            {
                if (await PruneConsent.AskAsync(console, connection.Client, input, request.DatasetId!, request.Yes, cancellationToken).ConfigureAwait(false) is not { } decided)
                {
                    return ExitCodes.Errors;
                }

                options.SyncDecided = decided;
            }

            result = await ImportWithProgressAsync(console, input.Count, options, () => connection.Client.ImportAsync(input, options, cancellationToken))
                .ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            console.Error(e.Message); // a metadata file the in-process sandbox cannot serve
            return ExitCodes.Errors;
        }
        catch (Exception e) when (e is OperationCanceledException or LabelboxException)
        {
            Stopped(console, request, e);
            return e is OperationCanceledException ? ExitCodes.Cancelled : ExitCodes.Errors;
        }

        File.Delete(request.JournalPath);
        Directory.CreateDirectory(Path.GetDirectoryName(request.FailuresPath)!);
        result.WriteFailuresJson(request.FailuresPath);
        ImportSummary.Write(console, result, request.FailuresPath);
        if (result.AlreadyImported)
        {
            console.Raw().WriteLine("Already imported by the run recorded in " + request.JournalPath + "; nothing sent. The counts above are that run's.");
        }

        foreach (ImportFailure failure in result.Failures)
        {
            console.Raw().WriteLine("failed: " + failure);
        }

        return result.Failed + result.SkippedInvalid > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>
    /// Says why the import stopped and, when its journal recorded a start, how to continue it. A journal with nothing in
    /// it (stopped before the import began, e.g. at a dataset id that does not exist) is deleted: there is nothing to resume.
    /// A journal the import refused (damaged, or another import's) is kept and offered no resume: the same command would
    /// be refused again; the message says what to do instead.
    /// </summary>
    private static void Stopped(IAnsiConsole console, ImportRequest request, Exception e)
    {
        string why = e is OperationCanceledException ? "The import was cancelled." : e.Message;
        bool began = File.Exists(request.JournalPath) && new FileInfo(request.JournalPath).Length > 0;
        if (!began || request.Target.InProcessSandbox)
        {
            File.Delete(request.JournalPath);
        }

        if (request.Target.InProcessSandbox && (began || e is OperationCanceledException))
        {
            // The sandbox and its dataset are gone: nothing to resume.
            why += " The --sandbox sandbox stopped with lbx and its dataset with it, so there is nothing to resume; submit again,"
                + " or, for an import that can be resumed, start 'lbx sandbox' and submit with --endpoint http://127.0.0.1:"
                + SandboxOptions.StandalonePort + "/graphql.";
        }

        console.Error(why);
        if (File.Exists(request.JournalPath) && e is not JournalRefusedException)
        {
            // Raw: a command to copy, never wrapped at the terminal width.
            console.Raw().WriteLine("Continue with: lbx resume " + request.JournalPath + " "
                + string.Join(" ", request.Inputs.Manifests.Select(m => m.Path)) + request.Target.EndpointArgument);
        }
    }

    /// <summary>The live view on a terminal; where none can be drawn (a CI log, a file), a plain line every few seconds.</summary>
    private static async Task<ImportResult> ImportWithProgressAsync(IAnsiConsole console, long total, ImportOptions options, Func<Task<ImportResult>> import)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            return await ImportProgressDisplay.Create(console).StartAsync(context =>
            {
                options.Progress = new ImportProgressDisplay(context, total);
                return import();
            }).ConfigureAwait(false);
        }

        var lines = new ImportProgressLines(console.Raw(), total, TimeProvider.System);
        options.Progress = lines;
        ImportResult result = await import().ConfigureAwait(false);
        lines.Finish();
        return result;
    }
}
