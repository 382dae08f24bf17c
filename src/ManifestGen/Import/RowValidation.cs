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
/// </summary>
internal sealed class RowValidation
{
    private readonly LabelboxClient _client;
    private readonly CancellationToken _cancellationToken;
    private MetadataSchema? _schema;
    private DataRowValidator? _validator;
    private DataRowValidator? _reservedValidator;
    private bool _ontologyRefreshed;

    public RowValidation(LabelboxClient client, CancellationToken cancellationToken)
    {
        _client = client;
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
        List<DataRowProblem> problems = validator.Validate(row);
        if (!_ontologyRefreshed && problems.Exists(p => p.Id == RuleCatalog.UnknownSchemaId.Id))
        {
            _ontologyRefreshed = true;
            _schema = (await _client.GetMetadataOntologyAsync(true, _cancellationToken).ConfigureAwait(false)).Schema;
            _validator = new DataRowValidator(_schema);
            problems = _validator.Validate(row);
        }

        problems.RemoveAll(p => p.Severity != ProblemSeverity.Error);
        return problems;
    }
}
