using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Import;
using ManifestGen.Plan;
using ManifestGen.Rules.Metadata;

namespace ManifestGen;

// Planning an import against what a dataset holds, before anything is sent.
public sealed partial class LabelboxClient
{
    /// <summary>
    /// What importing <paramref name="rows"/> into the dataset would do, read-only: each row is new (no row of the
    /// organization has its global key), unchanged or changed (the dataset holds it; for a changed row, every field
    /// that differs), or elsewhere (another dataset holds its key: a conflict); and the dataset's rows that no given row
    /// names. The dataset's rows are read page by page and the keys it lacks looked up in batches, so a plan costs a
    /// request per 500 stored rows and per 1,000 keys the dataset lacks. The media type is not compared: Labelbox does not
    /// return it (a data row read back has row_data, external_id, global_key, metadata, attachments and media_attributes,
    /// which Labelbox generates from the asset and which is not the media_type the import sent), so a row whose only change
    /// is its <see cref="DataRowSpec.MediaType"/> is unchanged.
    /// </summary>
    /// <param name="rows">The rows, e.g. a manifest's <see cref="ImportManifest.Rows"/>. A row without a global key is always new.</param>
    /// <param name="datasetId">The dataset the rows would be imported into.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentException">A row is null, or a global key or the dataset id cannot be sent.</exception>
    /// <exception cref="LabelboxRequestException">There is no such dataset (<see cref="LabelboxErrorKind.NotFound"/>), or a read failed.</exception>
    public async Task<DataRowPlan> PlanAsync(IEnumerable<DataRowSpec> rows, string datasetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrEmpty(datasetId);
        List<DataRowSpec> given = rows.ToList();
        var byKey = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase); // Labelbox matches keys ignoring case
        for (int i = 0; i < given.Count; i++)
        {
            DataRowSpec row = given[i] ?? throw new ArgumentException("Row " + i + " is null.", nameof(rows));
            if (row.GlobalKey is { } key)
            {
                UnsendableText.ThrowIfAny(key, nameof(rows));
                (byKey.TryGetValue(key, out List<int>? same) ? same : byKey[key] = new List<int>(1)).Add(i);
            }
        }

        var planned = new PlannedRow?[given.Count];
        var notInRows = new List<LabelboxDataRow>();
        MetadataSchema? schema = null;
        await foreach (LabelboxDataRow stored in GetDataRowsAsync(datasetId, cancellationToken).ConfigureAwait(false))
        {
            if (stored.GlobalKey is null || !byKey.TryGetValue(stored.GlobalKey, out List<int>? indexes))
            {
                notInRows.Add(stored);
                continue;
            }

            foreach (int i in indexes)
            {
                schema ??= given[i].Metadata.Count > 0 ? (await GetMetadataOntologyAsync(false, cancellationToken).ConfigureAwait(false)).Schema : null;
                List<RowDifference> differences = RowDifferences.Between(given[i], stored, schema ?? MetadataSchema.ReservedOnly);
                planned[i] = differences.Count == 0
                    ? new PlannedRow(given[i], PlannedChange.Unchanged, null, differences)
                    : new PlannedRow(given[i], PlannedChange.Changed, stored, differences);
            }
        }

        // Keys the dataset lacks: another dataset's (a conflict), or nobody's.
        List<string> lacking = byKey.Where(k => planned[k.Value[0]] is null).Select(k => k.Key).ToList();
        IReadOnlyDictionary<string, string> elsewhere = lacking.Count == 0
            ? new Dictionary<string, string>()
            : await FindDataRowIdsAsync(lacking, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < given.Count; i++)
        {
            if (planned[i] is not null)
            {
                continue;
            }

            LabelboxDataRow? other = given[i].GlobalKey is { } key && elsewhere.TryGetValue(key, out string? id)
                ? await GetDataRowAsync(id, cancellationToken).ConfigureAwait(false) // one request per conflict: they are the exception
                : null;
            planned[i] = new PlannedRow(given[i], other is null ? PlannedChange.New : PlannedChange.Elsewhere, other, Array.Empty<RowDifference>());
        }

        return new DataRowPlan(datasetId, planned!, notInRows);
    }

    /// <summary>
    /// A sync's plan of a manifest's rows, as <see cref="ImportAsync(ImportManifest, ImportOptions, CancellationToken)"/> in
    /// <see cref="ImportMode.Sync"/> would make it: lbx lists the rows a prune deletes from <see cref="DataRowPlan.NotInRows"/>, asks, then
    /// hands the decisions to the import (<see cref="ImportOptions.SyncDecided"/>), so the dataset is read once and the rows listed are the rows deleted.
    /// </summary>
    internal Task<(SyncDecisions Decisions, DataRowPlan Plan)> PlanSyncAsync(ImportManifest manifest, string datasetId, bool prune, CancellationToken cancellationToken) =>
        SyncDecisions.PlanAsync(this, manifest.Rows.Select(row => new InputRow(row, null)).ToList(), datasetId, prune, cancellationToken);
}
