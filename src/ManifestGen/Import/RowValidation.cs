using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Building;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Import;

/// <summary>
/// Checks each input row with the build's rules before it is sent, against the organization's metadata ontology, read when
/// the first row with metadata needs it and once more if a row names a schema id it lacks (a field added since), as the SDK does.
/// Rows the caller already held to the row rules (<see cref="ImportOptions.RowRulesHeld"/>: lbx validated the manifests) are
/// checked only for what depends on the organization, their metadata entries against its ontology.
/// </summary>
internal sealed class RowValidation
{
    private readonly LabelboxClient _client;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _metadataOnly;
    private MetadataSchema? _schema;
    private DataRowValidator? _validator;
    private DataRowValidator? _reservedValidator;
    private bool _ontologyRefreshed;

    /// <param name="client">Reads the organization's ontology.</param>
    /// <param name="metadataOnly">The rows were already held to the row rules: check only their metadata entries.</param>
    /// <param name="cancellationToken">Cancels the ontology's reading.</param>
    public RowValidation(LabelboxClient client, bool metadataOnly, CancellationToken cancellationToken)
    {
        _client = client;
        _metadataOnly = metadataOnly;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The fields rows are checked and sent with: the reserved ones until the ontology is read.</summary>
    public MetadataSchema Schema => _schema ?? MetadataSchema.ReservedOnly;

    /// <summary>The row's errors (warnings are left out); empty when it can be sent.</summary>
    // A ValueTask: the ontology is read once, so nearly every call completes at once, and a Task per row is garbage.
    public async ValueTask<List<DataRowProblem>> ErrorsAsync(DataRowSpec row)
    {
        DataRowValidator validator = row.Metadata.Count == 0
            ? _reservedValidator ??= new DataRowValidator(MetadataSchema.ReservedOnly)
            : _validator ??= new DataRowValidator(_schema ??= (await _client.GetMetadataOntologyAsync(false, _cancellationToken).ConfigureAwait(false)).Schema);
        List<DataRowProblem> problems = Validate(validator, row);
        if (!_ontologyRefreshed && problems.Exists(p => p.Id == RuleCatalog.UnknownSchemaId.Id))
        {
            _ontologyRefreshed = true;
            _schema = (await _client.GetMetadataOntologyAsync(true, _cancellationToken).ConfigureAwait(false)).Schema;
            _validator = new DataRowValidator(_schema);
            problems = Validate(_validator, row);
        }

        problems.RemoveAll(p => p.Severity != ProblemSeverity.Error);
        return problems;
    }

    private List<DataRowProblem> Validate(DataRowValidator validator, DataRowSpec row) =>
        _metadataOnly ? validator.ValidateMetadata(row) : validator.Validate(row);
}
