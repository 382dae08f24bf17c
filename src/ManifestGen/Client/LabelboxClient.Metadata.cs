using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;

namespace ManifestGen;

// The organization's metadata ontology: the import checks and sends rows with it, and lbx reads it
// (schema pull, missing fields); users declare fields in labelbox.metadata.json instead.
public sealed partial class LabelboxClient
{
    private MetadataOntology? _ontology;

    /// <summary>The organization's metadata fields; read once per client, then cached.</summary>
    /// <param name="refresh">Read it again (e.g. after adding a field).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    internal async Task<MetadataOntology> GetMetadataOntologyAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && _ontology is { } cached)
        {
            return cached;
        }

        JsonElement data = await _transport.ExecuteAsync("DataRowMetadataOntology:_get_ontology", GraphQlOperations.MetadataOntology, null, cancellationToken).ConfigureAwait(false);
        MetadataOntology ontology = MetadataOntology.Read(data);
        _ontology = ontology;
        return ontology;
    }
}
