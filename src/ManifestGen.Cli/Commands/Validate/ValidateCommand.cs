using System.IO;
using System.Linq;
using System.Threading;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Config;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Validate;

/// <summary>
/// <c>lbx validate</c>: the build's diagnostics for the named manifests, their nearest
/// labelbox.metadata.json and global keys across all of them, at the severities the build's
/// configuration gives them (<see cref="ConfiguredSeverities"/>), every one unless limited as the build's are
/// (<see cref="ValidateSettings.Limits"/>). Exit code 1 when an error is found.
/// </summary>
internal sealed class ValidateCommand : LbxCommand<ValidateSettings>
{
    public ValidateCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        ResolvedInputs inputs = InputResolver.Resolve(settings.Paths, Environment.WorkingDirectory);
        SeverityConfiguration severities = ConfiguredSeverities.Discover(
            inputs,
            settings.ConfigFiles.Select(file => Path.GetFullPath(file, Environment.WorkingDirectory)),
            new CommandLineSeverities(settings.WarningsAsErrors, settings.NoWarn, settings.ErrorIds, settings.NotErrorIds));
        ValidationReport report = ManifestValidation.Run(inputs, Environment.WorkingDirectory, severities, limits: settings.Limits);
        cancellationToken.ThrowIfCancellationRequested(); // Ctrl+C while checking: exit code 130, not a report
        switch (settings.ReportFormat)
        {
            case ReportFormat.Json:
                JsonReport.Write(report, Environment.Console);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(report, Environment.Console);
                break;
            default:
                MsBuildReport.Write(report, Environment.Console);
                break;
        }

        return report.Failed ? ExitCodes.Errors : ExitCodes.Success;
    }
}
