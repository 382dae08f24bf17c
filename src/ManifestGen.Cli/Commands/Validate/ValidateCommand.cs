using System.Threading;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Validate;

/// <summary>
/// <c>lbx validate</c>: the build's diagnostics for the named manifests, their nearest
/// labelbox.metadata.json and global keys across all of them. Exit code 1 when an error is found.
/// </summary>
internal sealed class ValidateCommand : Command<ValidateSettings>
{
    private readonly IAnsiConsole _console;
    private readonly CommandEnvironment _environment;

    public ValidateCommand(IAnsiConsole console, CommandEnvironment environment)
    {
        _console = console;
        _environment = environment;
    }

    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        ResolvedInputs inputs = InputResolver.Resolve(settings.Paths, _environment.WorkingDirectory);
        ValidationReport report = ManifestValidation.Run(inputs, _environment.WorkingDirectory, settings.WarningsAsErrors);
        switch (settings.ReportFormat)
        {
            case ReportFormat.Json:
                JsonReport.Write(report, _console);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(report, _console);
                break;
            default:
                MsBuildReport.Write(report, _console);
                break;
        }

        return report.Failed ? ExitCodes.Errors : ExitCodes.Success;
    }
}
