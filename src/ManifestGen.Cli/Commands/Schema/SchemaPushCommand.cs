using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Metadata;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>
/// <c>lbx schema push</c>: creates the fields and enum options labelbox.metadata.json declares but the organization
/// lacks, after showing the plan and a confirmation (or --yes), then writes the file again with the ids Labelbox gave.
/// A conflict (a field of the same name and another kind) stops it before anything is created.
/// </summary>
internal sealed class SchemaPushCommand : LbxAsyncCommand<SchemaPushSettings>
{
    public SchemaPushCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override async Task<int> ExecuteAsync(CommandContext context, SchemaPushSettings settings, CancellationToken cancellationToken)
    {
        IAnsiConsole console = Environment.Console;
        LabelboxTarget target = LabelboxTarget.Resolve(Environment, settings.Endpoint, sandbox: false);
        string path = Path.GetFullPath(settings.Metadata, Environment.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException("There is no " + settings.Metadata + "; declare the fields in one (lbx init writes a starter, lbx schema pull the organization's), or name it with --metadata FILE");
        }

        ValidationReport report = ManifestValidation.Run(new ResolvedInputs(Array.Empty<ManifestSource>(), [path]), Environment.WorkingDirectory, warningsAsErrors: false);
        if (report.Failed)
        {
            MsBuildReport.Write(report, console);
            console.Error(settings.Metadata + " has errors; nothing was created.");
            return ExitCodes.Errors;
        }

        try
        {
            await using LabelboxConnection connection = await LabelboxConnection.OpenAsync(Environment, target, Array.Empty<string>(), cancellationToken).ConfigureAwait(false);
            SchemaFilePlan planned = (await SchemaFilePlans.PlanAsync(connection.Client, [path], Environment.WorkingDirectory, cancellationToken).ConfigureAwait(false))[0];
            SchemaPlanReport.WriteText(console, planned);
            MetadataSchemaPlan plan = planned.Plan;
            if (SchemaPlanReport.WriteConflicts(console, [planned]))
            {
                console.Error("Fields are never changed in kind or deleted; resolve the conflicts, then push again. Nothing was created.");
                return ExitCodes.Errors;
            }

            if (plan.HasChanges && !Confirmed(console, settings.Yes, plan))
            {
                return ExitCodes.Errors;
            }

            MetadataSchemaPlan applied = await connection.Client.ApplyMetadataSchemaAsync(plan, cancellationToken).ConfigureAwait(false);
            if (plan.HasChanges)
            {
                console.MarkupLineInterpolated($"[green]created[/] {LbxConsole.Plural(plan.Missing, "field")} and {LbxConsole.Plural(plan.Fields.Sum(f => f.MissingOptions.Count), "option")} in the organization.");
            }
            else
            {
                console.MarkupLine("[green]The organization has every declared field and option.[/]");
            }

            MetadataFileIds.Write(console, path, planned.File, applied);
            return ExitCodes.Success;
        }
        catch (LabelboxException e)
        {
            console.Error(e.Message);
            return ExitCodes.Errors;
        }
    }

    /// <summary>Asked on a terminal; elsewhere only --yes creates, so that a CI job never changes the organization by surprise.</summary>
    private static bool Confirmed(IAnsiConsole console, bool yes, MetadataSchemaPlan plan)
    {
        if (yes)
        {
            return true;
        }

        string what = LbxConsole.Plural(plan.Missing, "field") + " and the missing options of " + LbxConsole.Plural(plan.MissingOptions, "field");
        if (!console.Profile.Capabilities.Interactive)
        {
            console.Error("Creating " + what + " needs a confirmation: run lbx schema push on a terminal, or pass --yes. Nothing was created.");
            return false;
        }

        if (console.Confirm("Create " + what + " in the organization?", defaultValue: false))
        {
            return true;
        }

        console.Error("Not confirmed; nothing was created.");
        return false;
    }
}
