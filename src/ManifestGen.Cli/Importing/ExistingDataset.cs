using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The dataset submit --dataset-id names, read before anything else is asked or sent: a sync would otherwise create the
/// declared metadata fields in the organization first, and the runtime's own check words it for library users
/// (ImportOptions.DatasetId), not in the options of lbx.
/// </summary>
internal static class ExistingDataset
{
    /// <summary>True when <paramref name="datasetId"/> names a dataset the key can see; otherwise says so and returns false.</summary>
    public static async Task<bool> CheckAsync(IAnsiConsole console, LabelboxClient client, string datasetId, CancellationToken cancellationToken)
    {
        try
        {
            await client.GetDatasetAsync(datasetId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (LabelboxRequestException e) when (e.Kind == LabelboxErrorKind.NotFound)
        {
            console.Error("There is no dataset with id '" + datasetId + "' that this API key can see; nothing was sent."
                + " Check --dataset-id (and --endpoint), or give --dataset NAME to create a dataset.");
            return false;
        }
    }
}
