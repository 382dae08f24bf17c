using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;

namespace ManifestGen;

// Deleting data rows: what a sync's prune does with the rows no manifest names.
public sealed partial class LabelboxClient
{
    /// <summary>
    /// Deletes data rows by id, as the SDK's <c>DataRow.bulk_delete</c> does (the deleteDataRows mutation), in calls of at
    /// most 1,000 ids. The rows go with their metadata and attachments, and their global keys are free again. There is no undo.
    /// </summary>
    /// <param name="dataRowIds">The rows' ids, e.g. <see cref="LabelboxDataRow.Id"/> of a plan's <see cref="DataRowPlan.NotInRows"/>.</param>
    /// <param name="cancellationToken">Stops between calls; the calls sent have deleted their rows.</param>
    /// <returns>How many rows Labelbox answered as deleted.</returns>
    /// <exception cref="ArgumentException">An id is empty or holds a character no Labelbox id has (only letters, digits, '-' and '_').</exception>
    public async Task<int> DeleteDataRowsAsync(IEnumerable<string> dataRowIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataRowIds);
        List<string> ids = dataRowIds.ToList();
        foreach (string id in ids)
        {
            // The SDK writes ids into the operation's text: a quote or a backslash would change the operation.
            if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException("'" + id + "' is not a data row id: ids are letters, digits, '-' and '_'.", nameof(dataRowIds));
            }
        }

        int deleted = 0;
        foreach (string[] batch in ids.Chunk(GraphQlOperations.DeleteBatchSize))
        {
            JsonElement data = await _transport.ExecuteAsync("DataRow:bulk_delete", GraphQlOperations.DeleteDataRows(batch), null, cancellationToken).ConfigureAwait(false);
            deleted += JsonRead.Array(data, "deleteDataRows", "data").GetArrayLength();
        }

        return deleted;
    }
}
