using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// lbx submit --sync --prune: lists the dataset's rows no manifest names, which the sync would delete, and asks before it
/// sends anything — on an interactive terminal a confirmation defaulting to no; elsewhere --yes is the answer, and without it
/// nothing is sent or deleted. The sync plans again on its own; the two plans agree unless the dataset changes between them.
/// </summary>
internal static class PruneConsent
{
    /// <summary>True when the rows may be deleted (or there are none); false, having said why, when the submit stops.</summary>
    public static async Task<bool> AskAsync(IAnsiConsole console, LabelboxClient client, ImportManifest input, string datasetId, bool yes, CancellationToken cancellationToken)
    {
        DataRowPlan plan = await client.PlanAsync(input.Rows, datasetId, cancellationToken).ConfigureAwait(false);
        if (plan.NotInRows.Count == 0)
        {
            console.Raw().WriteLine("Nothing to prune: every row of dataset " + datasetId + " is named by a manifest.");
            return true;
        }

        console.Raw().WriteLine("--prune deletes " + plan.NotInRows.Count + " rows of dataset " + datasetId + " that no manifest names (id, global key, row_data):");
        foreach (LabelboxDataRow row in plan.NotInRows)
        {
            console.Raw().WriteLine("  - " + row.Id + " " + (row.GlobalKey ?? "(no global key)") + " " + row.RowData);
        }

        if (yes)
        {
            return true;
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            console.Error("There is no terminal to confirm the deletion on: add --yes to delete these rows. Nothing was submitted or deleted.");
            return false;
        }

        if (await console.ConfirmAsync("Delete these " + plan.NotInRows.Count + " rows?", defaultValue: false, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        console.Error("Not confirmed: nothing was submitted or deleted.");
        return false;
    }
}
