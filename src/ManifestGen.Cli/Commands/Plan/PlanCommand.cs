using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands.Schema;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Inputs;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Plan;

/// <summary>
/// <c>lbx plan</c>: what submitting the manifests into an existing dataset would do, row by row, without sending a row.
/// The metadata schema the manifests' labelbox.metadata.json declares comes first: fields and options the organization
/// lacks, and conflicts. Exit codes as <c>terraform plan -detailed-exitcode</c>: 0 when nothing would change, 2 when a
/// row would be created or updated or conflicts with another dataset, or a field or option is missing, 1 on an error
/// (a metadata field of another kind among them).
/// </summary>
internal sealed class PlanCommand : LbxAsyncCommand<PlanSettings>
{
    /// <summary>Something would change: a row is new or changed, or its key is another dataset's.</summary>
    public const int ChangesExitCode = 2;

    public PlanCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override async Task<int> ExecuteAsync(CommandContext context, PlanSettings settings, CancellationToken cancellationToken)
    {
        var rows = new List<DataRowSpec>();
        var origins = new List<string>();
        PlanFormat format = PlanFormat.Text;
        try
        {
            // Checked here, not in the settings' Validate (exit 2): 2 says "changes" for this command.
            if (string.IsNullOrWhiteSpace(settings.DatasetId))
            {
                throw new UsageException("Name the dataset to compare with: --dataset-id ID");
            }

            if (!PlanFormats.TryParse(settings.Format, out format))
            {
                throw new UsageException("Unknown format '" + settings.Format + "'; use " + PlanFormats.Names);
            }

            LabelboxTarget target = LabelboxTarget.Resolve(Environment, settings.Endpoint, sandbox: false);
            ResolvedInputs inputs = InputResolver.Resolve(settings.Paths, Environment.WorkingDirectory);
            if (inputs.Manifests.Count == 0)
            {
                throw new UsageException("No manifests to plan; name .lbx.json files, folders or globs");
            }

            if (ValidManifests.Read(inputs, Environment.WorkingDirectory, Environment.Console, "nothing was planned.") is not { } valid)
            {
                return ExitCodes.Errors;
            }

            foreach (ManifestSource manifest in valid.Manifests)
            {
                string shown = Path.GetRelativePath(Environment.WorkingDirectory, manifest.Path);
                int number = 0;
                foreach (DataRowSpec row in valid.Rows(manifest))
                {
                    rows.Add(row);
                    origins.Add(shown + " row " + ++number);
                }
            }

            DataRowPlan plan;
            List<SchemaFilePlan> schemas;
            await using (LabelboxConnection connection = await LabelboxConnection.OpenAsync(Environment, target, System.Array.Empty<string>(), cancellationToken, notes: format == PlanFormat.Text).ConfigureAwait(false))
            {
                schemas = await SchemaFilePlans.PlanAsync(connection.Client, SchemaDiscovery.FindAll(inputs), Environment.WorkingDirectory, cancellationToken).ConfigureAwait(false);
                plan = await connection.Client.PlanAsync(rows, settings.DatasetId!, cancellationToken).ConfigureAwait(false);
            }

            PlanReport.Write(Environment.Console, schemas, plan, origins, format);
            if (schemas.Exists(s => s.Plan.HasConflicts))
            {
                return ExitCodes.Errors; // a field of another kind cannot be fixed by a submit or a push: an error, not a change
            }

            return plan.HasChanges || plan.Elsewhere > 0 || schemas.Exists(s => s.Plan.HasChanges) ? ChangesExitCode : ExitCodes.Success;
        }
        catch (UsageException e)
        {
            // Exit code 2 means "changes" here, as in terraform: a mistake in the command is an error like any other
            // (only a command line lbx cannot parse at all, such as an unknown option, is 2, before this command runs).
            Environment.Console.Error(e.Message);
            return ExitCodes.Errors;
        }
        catch (LabelboxException e)
        {
            Environment.Console.Error(e.Message);
            return ExitCodes.Errors;
        }
    }
}
