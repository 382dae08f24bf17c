using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands.Schema;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The metadata schema step of lbx submit --sync (and of the resume of one): the fields and enum options the manifests'
/// labelbox.metadata.json declare but the organization lacks are created before any row is planned or sent, without a
/// prompt — a sync is the apply step of the plan lbx plan showed, whose schema section lists them — and the file is written
/// again with their ids, as lbx schema push writes it. A conflict (a field of the same name and another kind) stops the
/// sync before anything is created or sent: fields are never changed in kind or deleted.
/// </summary>
internal static class SyncSchema
{
    /// <summary>True when the organization has every declared field and option now; false, having said why, on a conflict (in the plan or by the time it is applied).</summary>
    public static async Task<bool> ApplyAsync(IAnsiConsole console, LabelboxClient client, IReadOnlyList<string> files, string workingDirectory,
        CancellationToken cancellationToken)
    {
        List<SchemaFilePlan> plans = await SchemaFilePlans.PlanAsync(client, files, workingDirectory, cancellationToken).ConfigureAwait(false);
        if (SchemaPlanReport.WriteConflicts(console, plans))
        {
            console.Error("A sync never changes a field's kind; resolve the conflicts, then sync again. Nothing was created or submitted.");
            return false;
        }

        for (int i = 0; i < plans.Count; i++)
        {
            MetadataSchemaPlan plan = plans[i].Plan;
            if (!plan.HasChanges)
            {
                continue;
            }

            // Applying reads the organization again first, so fields created since the plan (a resume, another sync) are not created twice.
            MetadataSchemaPlan applied;
            try
            {
                applied = await client.ApplyMetadataSchemaAsync(plan, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                // A conflict made since the plan, or fields Labelbox did not list after creating them: no row can rely on them.
                console.Error(plans[i].File + ": " + e.Message + " No row was submitted.");
                return false;
            }

            foreach (PlannedMetadataField field in plan.Fields)
            {
                if (field.Change == PlannedMetadataChange.Missing)
                {
                    console.Raw().WriteLine("Created metadata field '" + field.Name + "' (" + SchemaPlanReport.Kind(field) + ")");
                }
                else if (field.Change == PlannedMetadataChange.MissingOptions)
                {
                    console.Raw().WriteLine("Added to metadata field '" + field.Name + "' the options " + string.Join(", ", field.MissingOptions.Select(o => "'" + o + "'")));
                }
            }

            MetadataFileIds.Write(console, files[i], plans[i].File, applied);
        }

        return true;
    }
}
