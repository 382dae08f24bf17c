using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using ManifestGen.Import;

namespace ManifestGen;

// Reading back what an import stored, with the queries the Python SDK sends for the same calls.
public sealed partial class LabelboxClient
{
    /// <summary>Global keys resolved per dataRowsForGlobalKeys job: the SDK sends any number in one, but a bounded job keeps
    /// each answer small and a failure local.</summary>
    private const int GlobalKeysPerJob = 1000;

    /// <summary>Every data row of a dataset with its metadata and attachments, page by page, as the SDK's
    /// <c>dataset.data_rows()</c> lists them (Labelbox lists the newest first).</summary>
    /// <param name="datasetId">The dataset id.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="LabelboxRequestException">There is no such dataset, or the key cannot see it.</exception>
    /// <exception cref="LabelboxRequestException">The service's paging does not end (a cursor repeats, or an empty page points on).</exception>
    public async IAsyncEnumerable<LabelboxDataRow> GetDataRowsAsync(string datasetId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetId);
        UnsendableText.ThrowIfAny(datasetId, nameof(datasetId));
        const string path = "data.datasetDataRows";
        var cursor = new PageCursor(path, "dataset " + datasetId);
        while (true)
        {
            string? from = cursor.Value;
            JsonElement data = await _transport.ExecuteAsync("Dataset:data_rows", GraphQlOperations.DatasetDataRows, w =>
            {
                w.WriteString("id", datasetId);
                if (from is null)
                {
                    w.WriteNull("from");
                }
                else
                {
                    w.WriteString("from", from);
                }

                w.WriteNumber("first", GraphQlOperations.DataRowPageSize);
                w.WriteNull("where");
            },
            cancellationToken).ConfigureAwait(false);
            JsonElement page = JsonRead.OptionalObject(data, "datasetDataRows", "data")
                ?? throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "There is no Labelbox dataset with id '" + datasetId + "' visible to this API key.", "RESOURCE_NOT_FOUND");
            JsonElement nodes = JsonRead.Array(page, "nodes", path);
            foreach (JsonElement node in nodes.EnumerateArray())
            {
                yield return ReadDataRow(node, path + ".nodes[]", datasetId);
            }

            JsonElement? info = JsonRead.OptionalObject(page, "pageInfo", path);
            string? next = info is { } i && JsonRead.OptionalBool(i, "hasNextPage", path + ".pageInfo") ? JsonRead.OptionalString(i, "startCursor", path + ".pageInfo") : null;
            if (!cursor.MoveNext(next, nodes.GetArrayLength()))
            {
                yield break;
            }
        }
    }

    /// <summary>One data row by id, with its metadata and attachments (the SDK's <c>client.get_data_row</c>).</summary>
    /// <param name="id">The data row id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="LabelboxRequestException">There is no such row, or the key cannot see it.</exception>
    public async Task<LabelboxDataRow> GetDataRowAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        UnsendableText.ThrowIfAny(id, nameof(id));
        JsonElement data = await _transport.ExecuteAsync("Client:get_data_row", GraphQlOperations.GetDataRow,
            w => w.WriteString("param_0", id), cancellationToken).ConfigureAwait(false);
        return JsonRead.OptionalObject(data, "dataRow", "data") is { } row
            ? ReadDataRow(row, "data.dataRow", null)
            : throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "There is no Labelbox data row with id '" + id + "' visible to this API key.", "RESOURCE_NOT_FOUND");
    }

    /// <summary>The data row that has this global key, with its metadata and attachments, or null when no row of the
    /// organization has it (the SDK's <c>client.get_data_row_by_global_key</c>, which throws instead).</summary>
    /// <param name="globalKey">The global key; Labelbox matches it ignoring case.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task<LabelboxDataRow?> FindDataRowByGlobalKeyAsync(string globalKey, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, string> ids = await FindDataRowIdsAsync(new[] { globalKey }, cancellationToken).ConfigureAwait(false);
        return ids.TryGetValue(globalKey, out string? id) ? await GetDataRowAsync(id, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>The ids of the data rows that have these global keys (the SDK's <c>client.get_data_row_ids_for_global_keys</c>).</summary>
    /// <param name="globalKeys">The keys to look up; each is looked up once however often it is given.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>Each key found, as given, to its row's id (looked up ignoring case); a key no visible row has is absent.</returns>
    /// <exception cref="ArgumentException">A key is null or empty, or holds a lone UTF-16 surrogate.</exception>
    /// <exception cref="LabelboxRequestException">Labelbox's job failed, or was still running after <see cref="LabelboxClientOptions.TaskTimeout"/>.</exception>
    public async Task<IReadOnlyDictionary<string, string>> FindDataRowIdsAsync(IEnumerable<string> globalKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(globalKeys);
        var keys = new List<string>();
        var unique = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in globalKeys)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(globalKeys));
            UnsendableText.ThrowIfAny(key, nameof(globalKeys));
            if (unique.Add(key))
            {
                keys.Add(key);
            }
        }

        var found = new Dictionary<string, string>(keys.Count, StringComparer.OrdinalIgnoreCase);
        for (int start = 0; start < keys.Count; start += GlobalKeysPerJob)
        {
            List<string> batch = keys.GetRange(start, Math.Min(GlobalKeysPerJob, keys.Count - start));
            JsonElement fetched = await RunGlobalKeyJobAsync(batch, cancellationToken).ConfigureAwait(false);
            if (fetched.GetArrayLength() != batch.Count)
            {
                throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox answered " + fetched.GetArrayLength() + " data rows for " + batch.Count
                    + " global keys in data.dataRowsForGlobalKeysResult.data.fetchedDataRows; expected one per key, in order.");
            }

            int i = 0;
            foreach (JsonElement row in fetched.EnumerateArray())
            {
                string id = JsonRead.String(row, "id", "data.dataRowsForGlobalKeysResult.data.fetchedDataRows[]");
                if (id.Length > 0)
                {
                    found[batch[i]] = id;
                }

                i++;
            }
        }

        return found;
    }

    /// <summary>Starts a dataRowsForGlobalKeys job and polls it as the client polls tasks; its fetched rows, one per key in order.</summary>
    private async Task<JsonElement> RunGlobalKeyJobAsync(List<string> keys, CancellationToken cancellationToken)
    {
        JsonElement started = await _transport.ExecuteAsync("Client:get_data_row_ids_for_global_keys", GraphQlOperations.DataRowsForGlobalKeys, w =>
        {
            w.WriteStartArray("globalKeys");
            foreach (string key in keys)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
        },
        cancellationToken).ConfigureAwait(false);
        string jobId = JsonRead.String(JsonRead.Object(started, "dataRowsForGlobalKeys", "data"), "jobId", "data.dataRowsForGlobalKeys");
        const string path = "data.dataRowsForGlobalKeysResult";
        (JsonElement result, string status) = await _poller.UntilFinishedAsync(
            async ct =>
            {
                JsonElement data = await _transport.ExecuteAsync("Client:get_data_row_ids_for_global_keys", GraphQlOperations.DataRowsForGlobalKeysResult,
                    w => w.WriteString("jobId", jobId), ct).ConfigureAwait(false);
                JsonElement result = JsonRead.Object(data, "dataRowsForGlobalKeysResult", "data");
                string status = JsonRead.String(result, "jobStatus", path);
                return status == "FAILED"
                    ? throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox's job " + jobId + " that looks up data rows by global key failed.")
                    : (result, status);
            },
            job => job.status == "COMPLETE",
            _ => null,
            job => new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox's job " + jobId + " that looks up data rows by global key was still " + job.status + " after "
                + _options.TaskTimeout + "; raise LabelboxClientOptions.TaskTimeout."),
            cancellationToken).ConfigureAwait(false);
        return JsonRead.Array(JsonRead.Object(result, "data", path), "fetchedDataRows", path + ".data");
    }

    private static LabelboxDataRow ReadDataRow(JsonElement row, string path, string? datasetId)
    {
        var metadata = new List<DataRowMetadataValue>();
        if (JsonRead.OptionalArray(row, "metadataFields", path) is { } fields)
        {
            foreach (JsonElement field in fields.EnumerateArray())
            {
                string at = path + ".metadataFields[]";
                metadata.Add(new DataRowMetadataValue(JsonRead.String(field, "schemaId", at), JsonRead.OptionalString(field, "name", at),
                    JsonRead.OptionalRaw(field, "value", at)));
            }
        }

        var attachments = new List<DataRowAttachment>();
        if (JsonRead.OptionalArray(row, "attachments", path) is { } list)
        {
            foreach (JsonElement attachment in list.EnumerateArray())
            {
                string at = path + ".attachments[]";
                attachments.Add(new DataRowAttachment(JsonRead.OptionalString(attachment, "id", at), JsonRead.String(attachment, "type", at),
                    JsonRead.String(attachment, "value", at), JsonRead.OptionalString(attachment, "name", at)));
            }
        }

        return new LabelboxDataRow(
            JsonRead.String(row, "id", path),
            JsonRead.OptionalObject(row, "dataset", path) is { } dataset ? JsonRead.OptionalString(dataset, "id", path + ".dataset") : datasetId,
            JsonRead.OptionalString(row, "globalKey", path),
            JsonRead.OptionalString(row, "externalId", path),
            JsonRead.String(row, "rowData", path),
            Date(JsonRead.OptionalString(row, "createdAt", path), path + ".createdAt"),
            Date(JsonRead.OptionalString(row, "updatedAt", path), path + ".updatedAt"),
            metadata,
            attachments);
    }

    private static DateTimeOffset? Date(string? text, string path) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at) ? at
        : throw JsonRead.Wrong(path, "a date and time");
}
