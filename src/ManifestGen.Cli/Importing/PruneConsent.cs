using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Terminal;
using ManifestGen.Import;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// lbx submit --sync --prune: lists the dataset's rows no manifest names, which the sync would delete, and asks before it
/// sends anything — on an interactive terminal a confirmation defaulting to no; elsewhere --yes is the answer, and without it
/// nothing is sent or deleted. The sync is planned here, once: the import takes these decisions, so the rows listed are the rows deleted.
/// </summary>
internal static class PruneConsent
{
    /// <summary>The sync's decisions when the rows may be deleted (or there are none); null, having said why, when the submit stops.</summary>
    public static async Task<SyncDecisions?> AskAsync(IAnsiConsole console, LabelboxClient client, ImportManifest input, string datasetId, bool yes,
        CancellationToken cancellationToken)
    {
        (SyncDecisions decisions, DataRowPlan plan) = await client.PlanSyncAsync(input, datasetId, prune: true, cancellationToken).ConfigureAwait(false);
        if (plan.NotInRows.Count == 0)
        {
            console.Raw().WriteLine("Nothing to prune: every row of dataset " + datasetId + " is named by a manifest.");
            return decisions;
        }

        console.Raw().WriteLine("--prune deletes " + plan.NotInRows.Count + " rows of dataset " + datasetId + " that no manifest names (id, global key, row_data):");
        foreach (LabelboxDataRow row in plan.NotInRows)
        {
            console.Raw().WriteLine("  - " + row.Id + " " + (row.GlobalKey ?? "(no global key)") + " " + row.RowData);
        }

        if (yes)
        {
            return decisions;
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            console.Error("There is no terminal to confirm the deletion on: add --yes to delete these rows. Nothing was submitted or deleted.");
            return null;
        }

        if (await console.ConfirmAsync("Delete these " + plan.NotInRows.Count + " rows?", defaultValue: false, cancellationToken).ConfigureAwait(false))
        {
            return decisions;
        }

        console.Error("Not confirmed: nothing was submitted or deleted.");
        return null;
    }
}
