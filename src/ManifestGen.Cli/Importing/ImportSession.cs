using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Text;
using ManifestGen.Sandbox;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// One run of the import for submit and resume: validation (errors: nothing is sent), the check that
/// the organization has the declared custom fields, the import with its progress display, the failures
/// file and the summary. The journal is deleted when the import ran to its end; an interrupted one
/// keeps it for lbx resume. The commands resolved the <see cref="LabelboxTarget"/> (and its key) first.
/// </summary>
internal static class ImportSession
{
    public static async Task<int> RunAsync(CommandEnvironment environment, ImportRequest request, CancellationToken cancellationToken)
    {
        IAnsiConsole console = environment.Console;
        var parsed = new Dictionary<string, (TextFile File, ManifestDocument Document)>(StringComparer.Ordinal);
        ValidationReport report = ManifestValidation.Run(request.Inputs, environment.WorkingDirectory, warningsAsErrors: false,
            (file, document) => parsed[file.Path] = (file, document));
        if (report.Failed)
        {
            MsBuildReport.Write(report, console);
            console.Error("The manifests have errors; nothing was submitted.");
            return ExitCodes.Errors;
        }

        ImportManifest input = ImportInput.Create(request.Inputs.Manifests, parsed, request.JournalPath);
        var options = new ImportOptions { DatasetName = request.DatasetName, JournalPath = request.JournalPath };
        IReadOnlyList<string> schemaFiles = SchemaDiscovery.FindAll(request.Inputs);
        ImportResult result;
        try
        {
            await using LabelboxConnection connection = await LabelboxConnection.OpenAsync(environment, request.Target, schemaFiles, cancellationToken).ConfigureAwait(false);
            MetadataOntology ontology = await connection.Client.GetMetadataOntologyAsync(refresh: false, cancellationToken).ConfigureAwait(false);
            List<string> missing = MissingFields.Find(schemaFiles, ontology, request.Target.OnThisMachine);
            if (missing.Count > 0)
            {
                missing.ForEach(console.Error);
                console.Error("The import stops before sending: every row that sets one of these fields would be refused.");
                return ExitCodes.Errors;
            }

            result = await ImportProgressDisplay.Create(console).StartAsync(context =>
            {
                options.Progress = new ImportProgressDisplay(context, input.Count);
                return connection.Client.ImportAsync(input, options, cancellationToken);
            }).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            console.Error(e.Message); // a metadata file the in-process sandbox cannot serve
            return ExitCodes.Errors;
        }
        catch (Exception e) when (e is OperationCanceledException or LabelboxException)
        {
            string why = e is OperationCanceledException ? "The import was cancelled." : e.Message;
            if (request.Target.InProcessSandbox)
            {
                File.Delete(request.JournalPath); // the sandbox and its dataset are gone: nothing to resume
                why += " The --sandbox sandbox stopped with lbx and its dataset with it, so there is nothing to resume; submit again,"
                    + " or, for an import that can be resumed, start 'lbx sandbox' and submit with --endpoint http://127.0.0.1:"
                    + SandboxOptions.StandalonePort + "/graphql.";
            }

            console.Error(why);
            if (File.Exists(request.JournalPath))
            {
                // Raw: a command to copy, never wrapped at the terminal width.
                console.Raw().WriteLine("Continue with: lbx resume " + request.JournalPath + " "
                    + string.Join(" ", request.Inputs.Manifests.Select(m => m.Path)) + request.Target.EndpointArgument);
            }

            return ExitCodes.Errors;
        }

        File.Delete(request.JournalPath);
        Directory.CreateDirectory(Path.GetDirectoryName(request.FailuresPath)!);
        result.WriteFailuresJson(request.FailuresPath);
        ImportSummary.Write(console, result, request.FailuresPath);
        foreach (ImportFailure failure in result.Failures)
        {
            console.Raw().WriteLine("failed: " + failure);
        }

        return result.Failed + result.SkippedInvalid > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
