using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Import;

/// <summary>
/// The existing dataset an import names by <see cref="ImportOptions.DatasetId"/>, read before any row is sent: one that
/// does not exist would otherwise have every row refused ("Dataset not found") one by one.
/// </summary>
internal static class TargetDataset
{
    /// <summary>The dataset's id once Labelbox has shown it exists.</summary>
    /// <exception cref="LabelboxRequestException">Kind <see cref="LabelboxErrorKind.NotFound"/>: no such dataset, or the key cannot see it.</exception>
    public static async Task<string> CheckAsync(LabelboxClient client, string datasetId, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.GetDatasetAsync(datasetId, cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (LabelboxRequestException e) when (e.Kind == LabelboxErrorKind.NotFound)
        {
            throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "There is no dataset with id '" + datasetId
                + "' that this API key can see; no row was sent. Check ImportOptions.DatasetId (and the endpoint), or set DatasetName to create one.",
                e.Code, e.HttpStatus, innerException: e);
        }
    }
}
