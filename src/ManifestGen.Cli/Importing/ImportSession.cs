using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// One run of the import for submit and resume: key check, validation (errors: nothing is sent),
/// the import with its progress display, the failures file and the summary. The journal is deleted
/// when the import ran to its end; an interrupted one keeps it for lbx resume.
/// </summary>
internal static class ImportSession
{
    public static async Task<int> RunAsync(CommandEnvironment environment, ImportRequest request, CancellationToken cancellationToken)
    {
        IAnsiConsole console = environment.Console;
        LabelboxConnection.RequireKey(environment, request.Sandbox);
        ValidationReport report = ManifestValidation.Run(request.Inputs, environment.WorkingDirectory, warningsAsErrors: false);
        if (report.Failed)
        {
            MsBuildReport.Write(report, console);
            console.Error("The manifests have errors; nothing was submitted.");
            return ExitCodes.Errors;
        }

        ImportManifest input = ImportInput.Create(request.Inputs.Manifests, request.JournalPath);
        var options = new ImportOptions { DatasetName = request.DatasetName, JournalPath = request.JournalPath };
        ImportResult result;
        try
        {
            await using LabelboxConnection connection = await LabelboxConnection.OpenAsync(environment, request.Sandbox, cancellationToken).ConfigureAwait(false);
            result = await ImportProgressDisplay.Create(console).StartAsync(context =>
            {
                options.Progress = new ImportProgressDisplay(context, input.Count);
                return connection.Client.ImportAsync(input, options, cancellationToken);
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or LabelboxException)
        {
            string why = e is OperationCanceledException ? "The import was cancelled." : e.Message;
            if (request.Sandbox)
            {
                File.Delete(request.JournalPath); // the sandbox and its dataset are gone: nothing to resume
            }

            console.Error(why + Resume(request));
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

    private static string Resume(ImportRequest request) =>
        File.Exists(request.JournalPath)
            ? " Continue with: lbx resume " + request.JournalPath + " " + string.Join(" ", request.Inputs.Manifests.Select(m => m.Path))
            : "";
}
