using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Preflight;

/// <summary>
/// <c>lbx preflight</c>: the import's local-file checks (exists, size, real format, dimensions) on
/// every local row_data of the manifests, before anything is uploaded. Manifests with errors are reported as
/// validate reports them, and their files not checked. Exit code 1 on an error.
/// </summary>
internal sealed class PreflightCommand : LbxAsyncCommand<PreflightSettings>
{
    public PreflightCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override async Task<int> ExecuteAsync(CommandContext context, PreflightSettings settings, CancellationToken cancellationToken)
    {
        ResolvedInputs inputs = InputResolver.Resolve(settings.Paths, Environment.WorkingDirectory);
        IAnsiConsole console = Environment.Console;
        if (ValidManifests.Read(inputs, Environment.WorkingDirectory, console, "their local files were not checked.") is not { } valid)
        {
            return ExitCodes.Errors;
        }

        IReadOnlyList<string> files = LocalFiles.Of(valid);
        if (files.Count == 0)
        {
            console.WriteLine("No local files in " + LbxConsole.Plural(inputs.Manifests.Count, "manifest") + "; nothing to check.");
            return ExitCodes.Success;
        }

        IReadOnlyList<PreflightProblem> problems = await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                ProgressTask task = progress.AddTask("Checking " + LbxConsole.Plural(files.Count, "local file"), maxValue: files.Count);
                var checkedFiles = new Progress(task);
                return await LocalFilePreflight.CheckAsync(files, checkedFiles, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

        foreach (PreflightProblem problem in problems.OrderBy(p => p.Path, System.StringComparer.Ordinal))
        {
            string word = problem.Severity == ProblemSeverity.Error ? "error" : "warning";
            console.Raw().WriteLine(Display(problem.Path) + ": " + word + ": " + problem.Message);
        }

        int errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        int warnings = problems.Count - errors;
        console.Raw().WriteLine(LbxConsole.Plural(errors, "error") + ", " + LbxConsole.Plural(warnings, "warning") + " in " + LbxConsole.Plural(files.Count, "local file"));
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private string Display(string path) =>
        InputResolver.IsUnder(path, Environment.WorkingDirectory) ? Path.GetRelativePath(Environment.WorkingDirectory, path) : path;

    /// <summary>Moves the bar as files are checked (reported from the checking thread; Spectre's task is thread-safe).</summary>
    private sealed class Progress(ProgressTask task) : System.IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
