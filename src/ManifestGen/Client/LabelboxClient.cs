using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using ManifestGen.Import;
using ManifestGen.Rules.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ManifestGen;

/// <summary>
/// Talks to Labelbox's GraphQL API as the Python SDK does: datasets, the metadata ontology, file
/// uploads, import tasks and their per-row results; <c>ImportAsync</c> puts it together into a
/// chunked, retried, resumable import. Register it with <c>services.AddLabelbox(…)</c>, or create
/// one over an <see cref="HttpClient"/>. Thread-safe.
/// </summary>
public sealed partial class LabelboxClient
{
    private readonly GraphQlTransport _transport;
    private readonly LabelboxClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Uri _endpoint;
    private MetadataOntology? _ontology;
    private string? _userId;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with (e.g. from IHttpClientFactory); its BaseAddress is not used. Set its
    /// Timeout to <see cref="Timeout.InfiniteTimeSpan"/>, as AddLabelbox does: the client times each attempt itself, and
    /// HttpClient's default 100 s would cut large uploads short.</param>
    /// <param name="options">The settings; the API key comes from here or from LABELBOX_API_KEY.</param>
    /// <param name="logger">Where to log; no message carries the key or a row's payload.</param>
    /// <param name="timeProvider">The clock for retries, time-outs and polling; the system clock by default.</param>
    /// <exception cref="LabelboxRequestException"><see cref="LabelboxErrorKind.Authentication"/>: no API key is set in either place.</exception>
    /// <exception cref="ArgumentException">The endpoint is not https (nor an allowed loopback sandbox), or a setting is out of range.</exception>
    public LabelboxClient(HttpClient httpClient, LabelboxClientOptions options, ILogger<LabelboxClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.Check(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _endpoint = Endpoints.Check(options);
        _transport = new GraphQlTransport(httpClient, options, _time, _logger);
        TimeSpan longest = options.UploadTimeout > options.RequestTimeout ? options.UploadTimeout : options.RequestTimeout;
        if (httpClient.Timeout != Timeout.InfiniteTimeSpan && httpClient.Timeout < longest)
        {
            // HttpClient's own limit (100 s unless set) would cut every attempt short, however often it is retried.
            Log.HttpClientTimeoutShorter(_logger, httpClient.Timeout, longest);
        }
    }

    /// <summary>Creates a dataset.</summary>
    /// <remarks>Dataset names are not unique: keep the returned <see cref="LabelboxDataset.Id"/> to import into it
    /// again, or look for existing ones with <see cref="FindDatasetsAsync"/>.</remarks>
    /// <exception cref="ArgumentException">The name is empty, or the name or description holds a lone UTF-16 surrogate.</exception>
    public async Task<LabelboxDataset> CreateDatasetAsync(string name, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        UnsendableText.ThrowIfAny(name, nameof(name));
        UnsendableText.ThrowIfAny(description, nameof(description));
        JsonElement data = await _transport.ExecuteAsync("Client:create_dataset",
            description is null ? GraphQlOperations.CreateDatasetWithoutDescription : GraphQlOperations.CreateDataset,
            w =>
            {
                w.WriteString("name", name);
                if (description is not null)
                {
                    w.WriteString("description", description);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return ReadDataset(JsonRead.Object(data, "createDataset", "data"), "data.createDataset");
    }

    /// <summary>Reads a dataset by id.</summary>
    /// <exception cref="LabelboxRequestException"><see cref="LabelboxErrorKind.NotFound"/>: there is no such dataset, or the key cannot see it.</exception>
    public async Task<LabelboxDataset> GetDatasetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        JsonElement data = await _transport.ExecuteAsync("Client:get_dataset", GraphQlOperations.GetDataset,
            w => w.WriteString("param_0", id), cancellationToken).ConfigureAwait(false);
        return JsonRead.OptionalObject(data, "dataset", "data") is { } dataset
            ? ReadDataset(dataset, "data.dataset")
            : throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "There is no Labelbox dataset with id '" + id + "' visible to this API key.", "RESOURCE_NOT_FOUND");
    }

    /// <summary>The datasets with exactly this name that the key can see, as the SDK's <c>get_datasets</c> finds them;
    /// names are not unique, so there may be several, or none.</summary>
    /// <exception cref="ArgumentException">The name is empty, or holds a lone UTF-16 surrogate.</exception>
    /// <exception cref="LabelboxRequestException"><see cref="LabelboxErrorKind.UnexpectedResponse"/>: labelbox listed more than 10,000 datasets by the name.</exception>
    public async Task<IReadOnlyList<LabelboxDataset>> FindDatasetsAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        UnsendableText.ThrowIfAny(name, nameof(name));
        const int MaxPages = 100;
        var found = new List<LabelboxDataset>();
        for (int page = 0; page < MaxPages; page++)
        {
            JsonElement data = await _transport.ExecuteAsync("Client:get_datasets", GraphQlOperations.FindDatasets(page * GraphQlOperations.DatasetPageSize),
                w => w.WriteString("param_0", name), cancellationToken).ConfigureAwait(false);
            JsonElement datasets = JsonRead.Array(data, "datasets", "data");
            foreach (JsonElement dataset in datasets.EnumerateArray())
            {
                found.Add(ReadDataset(dataset, "data.datasets[]"));
            }

            if (datasets.GetArrayLength() < GraphQlOperations.DatasetPageSize)
            {
                return found;
            }
        }

        throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox listed more than " + MaxPages * GraphQlOperations.DatasetPageSize + " datasets named '" + name
            + "'; use a dataset id instead.");
    }

    /// <summary>The organization's metadata fields; read once per client, then cached.</summary>
    /// <param name="refresh">Read it again (e.g. after adding a field).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<MetadataOntology> GetMetadataOntologyAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && _ontology is { } cached)
        {
            return cached;
        }

        JsonElement data = await _transport.ExecuteAsync("DataRowMetadataOntology:_get_ontology", GraphQlOperations.MetadataOntology, null, cancellationToken).ConfigureAwait(false);
        var fields = new List<OntologyField>();
        foreach (JsonElement field in JsonRead.Array(data, "customMetadataOntology", "data").EnumerateArray())
        {
            const string path = "data.customMetadataOntology[]";
            string kindName = JsonRead.String(field, "kind", path);
            int kind = IndexOf(MetadataKinds.WireNames, kindName);
            if (kind < 0)
            {
                continue; // a kind this version does not know: leave the field out rather than guess
            }

            var options = new List<OntologyOption>();
            if (JsonRead.OptionalRaw(field, "options", path) is not null)
            {
                foreach (JsonElement option in JsonRead.Array(field, "options", path).EnumerateArray())
                {
                    options.Add(new OntologyOption(JsonRead.String(option, "id", path + ".options[]"), JsonRead.String(option, "name", path + ".options[]")));
                }
            }

            fields.Add(new OntologyField(JsonRead.String(field, "id", path), JsonRead.String(field, "name", path), (MetadataFieldKind)kind,
                JsonRead.OptionalBool(field, "reserved", path), options));
        }

        var ontology = new MetadataOntology(fields);
        _ontology = ontology;
        return ontology;
    }

    /// <summary>The id of the user the API key belongs to (needed to poll tasks); cached.</summary>
    public async Task<string> GetCurrentUserIdAsync(CancellationToken cancellationToken = default)
    {
        if (_userId is { } cached)
        {
            return cached;
        }

        JsonElement data = await _transport.ExecuteAsync("Client:get_user", GraphQlOperations.GetUser, null, cancellationToken).ConfigureAwait(false);
        string id = JsonRead.String(JsonRead.Object(data, "user", "data"), "id", "data.user");
        _userId = id;
        return id;
    }

    /// <summary>Uploads a local file to Labelbox's storage and returns its URL.</summary>
    /// <param name="path">The file; re-opened for each attempt.</param>
    /// <param name="contentType">Its media type; by default guessed from the extension (jpg, png, bmp).</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public Task<string> UploadFileAsync(string path, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        long length = new FileInfo(path).Length;
        return _transport.UploadAsync(() => new StreamContent(File.OpenRead(path)), length, Path.GetFileName(path), contentType ?? ContentTypes.FromExtension(path), cancellationToken);
    }

    /// <summary>Uploads the rest of a stream as a file and returns its URL. The stream is read into memory
    /// first, so a retry can send it again; upload large files by path.</summary>
    public async Task<string> UploadFileAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return await UploadBytesAsync(copy.GetBuffer().AsMemory(0, (int)copy.Length), fileName, contentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts an import task for an uploaded manifest (<c>{"source":"SDK","item_count","chunk_uris"}</c>).</summary>
    public async Task<LabelboxTask> UpsertDataRowsAsync(string manifestUri, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestUri);
        return (await UpsertDataRowsCoreAsync(manifestUri, cancellationToken).ConfigureAwait(false)).Task;
    }

    /// <summary>
    /// upsertDataRows, telling whether it was sent again after an attempt that may have reached Labelbox (no answer,
    /// or a 5xx): then Labelbox may be running a twin task over the same manifest, which the answer does not name.
    /// </summary>
    internal async Task<(LabelboxTask Task, bool MayHaveTwin, DateTimeOffset? CreatedAt, TimeSpan Took)> UpsertDataRowsCoreAsync(string manifestUri, CancellationToken cancellationToken)
    {
        var mayHaveTwin = new StrongBox<bool>();
        long started = _time.GetTimestamp();
        JsonElement data = await _transport.ExecuteAsync("Dataset:upsert_data_rows", GraphQlOperations.UpsertDataRows,
            w => w.WriteString("manifestUri", manifestUri), mayHaveTwin, cancellationToken).ConfigureAwait(false);
        JsonElement task = JsonRead.Object(data, "upsertDataRows", "data");
        return (ReadTask(task, "data.upsertDataRows"), mayHaveTwin.Value, Time(JsonRead.OptionalString(task, "createdAt", "data.upsertDataRows")), _time.GetElapsedTime(started));
    }

    /// <summary>
    /// The user's upsert tasks other than <paramref name="taskId"/> and <paramref name="known"/> created from
    /// <paramref name="since"/> to <paramref name="until"/> (the service's clock): the candidates for a twin started
    /// by a lost upsertDataRows attempt, with when each was created.
    /// </summary>
    internal async Task<List<(string Id, DateTimeOffset Created)>> FindTwinTasksAsync(string taskId, DateTimeOffset since, DateTimeOffset until, ICollection<string> known,
        CancellationToken cancellationToken)
    {
        // Every page, not the first: the order of the list is the service's, and the sandbox lists the oldest first.
        // Bounded, so an account with a vast history costs at most MaxTaskPages requests.
        const int MaxTaskPages = 100;
        string userId = await GetCurrentUserIdAsync(cancellationToken).ConfigureAwait(false);
        var twins = new List<(string Id, DateTimeOffset Created)>();
        for (int page = 0; page < MaxTaskPages; page++)
        {
            int skip = page * GraphQlOperations.TaskPageSize;
            JsonElement data = await _transport.ExecuteAsync("Task:list", GraphQlOperations.ListTasks, w =>
            {
                w.WriteString("param_1", userId);
                w.WriteNumber("skip", skip);
            }, cancellationToken).ConfigureAwait(false);
            JsonElement user = JsonRead.OptionalObject(data, "user", "data") ?? default;
            if (user.ValueKind != JsonValueKind.Object)
            {
                return twins;
            }

            JsonElement tasks = JsonRead.Array(user, "createdTasks", "data.user");
            foreach (JsonElement task in tasks.EnumerateArray())
            {
                const string path = "data.user.createdTasks[]";
                string id = JsonRead.String(task, "id", path);
                if (id != taskId && !known.Contains(id) && JsonRead.OptionalString(task, "type", path) == UpsertTaskType
                    && Time(JsonRead.OptionalString(task, "createdAt", path)) is { } created && created >= since && created <= until)
                {
                    twins.Add((id, created));
                }
            }

            if (tasks.GetArrayLength() < GraphQlOperations.TaskPageSize)
            {
                return twins;
            }
        }

        Log.TwinSearchStopped(_logger, taskId, MaxTaskPages * GraphQlOperations.TaskPageSize);
        return twins;
    }

    private const string UpsertTaskType = "adv-upsert-data-rows";

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset t) ? t : null;

    /// <summary>Reads a task's current state.</summary>
    /// <exception cref="LabelboxRequestException"><see cref="LabelboxErrorKind.NotFound"/>: the user has no task with this id.</exception>
    public async Task<LabelboxTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        string userId = await GetCurrentUserIdAsync(cancellationToken).ConfigureAwait(false);
        JsonElement data = await _transport.ExecuteAsync("Task:refresh", GraphQlOperations.GetTask,
            w =>
            {
                w.WriteString("param_0", taskId);
                w.WriteString("param_1", userId);
            },
            cancellationToken).ConfigureAwait(false);
        JsonElement user = JsonRead.OptionalObject(data, "user", "data")
            ?? throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "Labelbox has no user for this API key, so task " + taskId + " cannot be read.", "RESOURCE_NOT_FOUND");
        JsonElement tasks = JsonRead.Array(user, "createdTasks", "data.user");
        return tasks.GetArrayLength() == 1
            ? ReadTask(tasks[0], "data.user.createdTasks[0]")
            : throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "Labelbox returned " + tasks.GetArrayLength() + " tasks for id " + taskId + "; expected exactly one.", "RESOURCE_NOT_FOUND");
    }

    /// <summary>
    /// Polls a task until it finishes: first after <see cref="LabelboxClientOptions.PollInitialDelay"/>, then
    /// twice as long each time up to <see cref="LabelboxClientOptions.PollMaxDelay"/>; sooner when the task's
    /// completion percentage says it will end before the next poll (never sooner than the first wait).
    /// </summary>
    /// <exception cref="LabelboxTaskTimeoutException">It is still running after <see cref="LabelboxClientOptions.TaskTimeout"/>
    /// (unlike the SDK, which returns silently).</exception>
    public async Task<LabelboxTask> WaitForTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        long started = _time.GetTimestamp();
        TimeSpan delay = _options.PollInitialDelay;
        (double Percent, long At)? seen = null;
        while (true)
        {
            LabelboxTask task = await GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            if (task.IsFinished)
            {
                return task;
            }

            long now = _time.GetTimestamp();
            TimeSpan remaining = _options.TaskTimeout - _time.GetElapsedTime(started, now);
            if (remaining <= TimeSpan.Zero)
            {
                throw new LabelboxTaskTimeoutException(taskId, task.Status, _options.TaskTimeout);
            }

            TimeSpan wait = delay < remaining ? delay : remaining;
            if (task.CompletionPercentage is { } percent)
            {
                if (seen is { } before && percent > before.Percent && percent < 100)
                {
                    // The task says how fast it goes: wake about when it should end, not up to a whole backoff step after
                    // (never sooner than the first wait, which the service asks for).
                    double perSecond = (percent - before.Percent) / Math.Max(_time.GetElapsedTime(before.At, now).TotalSeconds, 1e-3);
                    double expected = Math.Max((100 - percent) / perSecond, _options.PollInitialDelay.TotalSeconds);
                    if (expected < wait.TotalSeconds)
                    {
                        wait = TimeSpan.FromSeconds(expected);
                    }
                }

                seen = (percent, now);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.PollMaxDelay.Ticks));
        }
    }

    /// <summary>Every row a finished import task failed, page by page (<c>failedDataRowImports</c>).</summary>
    public async IAsyncEnumerable<FailedDataRow> GetFailedDataRowsAsync(string taskId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (JsonElement result in PagesAsync("Task:errors", GraphQlOperations.FailedDataRowImports, "failedDataRowImports", "results", taskId, cancellationToken).ConfigureAwait(false))
        {
            const string path = "data.failedDataRowImports.results[]";
            JsonElement? spec = JsonRead.OptionalObject(result, "spec", path);
            yield return new FailedDataRow(
                _transport.Redact(JsonRead.OptionalString(result, "message", path) ?? "(no message)"),
                spec is { } s ? JsonRead.OptionalString(s, "globalKey", path + ".spec") : null,
                spec is { } e ? JsonRead.OptionalString(e, "externalId", path + ".spec") : null,
                spec is { } r ? JsonRead.OptionalRaw(r, "rowData", path + ".spec") : null);
        }
    }

    /// <summary>Every row a finished import task created or updated, page by page (<c>successesfulDataRowImports</c>).</summary>
    public async IAsyncEnumerable<ImportedDataRow> GetImportedDataRowsAsync(string taskId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (JsonElement node in PagesAsync("Task:result", GraphQlOperations.SuccessfulDataRowImports, "successesfulDataRowImports", "nodes", taskId, cancellationToken).ConfigureAwait(false))
        {
            const string path = "data.successesfulDataRowImports.nodes[]";
            yield return new ImportedDataRow(JsonRead.String(node, "id", path), JsonRead.OptionalString(node, "globalKey", path),
                JsonRead.OptionalString(node, "externalId", path), JsonRead.OptionalRaw(node, "rowData", path));
        }
    }

    /// <summary>The endpoint; never the key.</summary>
    public override string ToString() => "LabelboxClient(" + _endpoint + ")";

    internal Task<string> UploadBytesAsync(ReadOnlyMemory<byte> bytes, string fileName, string? contentType, CancellationToken cancellationToken) =>
        _transport.UploadAsync(() => new ReadOnlyMemoryContent(bytes), bytes.Length, fileName, contentType, cancellationToken);

    private async IAsyncEnumerable<JsonElement> PagesAsync(string operation, string query, string field, string items, string taskId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        string? from = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // No task holds more rows than Labelbox runs in one, so a longer list is a service fault, not more rows.
        int most = Math.Max(_options.MaxRowsPerTask, LabelboxClientOptions.ServiceMaxRowsPerTask);
        int listed = 0;
        while (true)
        {
            string? cursor = from;
            JsonElement data = await _transport.ExecuteAsync(operation, query, w =>
            {
                w.WriteString("taskId", taskId);
                w.WriteNumber("first", _options.PageSize);
                if (cursor is null)
                {
                    w.WriteNull("from");
                }
                else
                {
                    w.WriteString("from", cursor);
                }
            },
            cancellationToken).ConfigureAwait(false);
            JsonElement page = JsonRead.Object(data, field, "data");
            JsonElement list = JsonRead.Array(page, items, "data." + field);
            listed += list.GetArrayLength();
            if (listed > most)
            {
                throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox listed more than " + most + " rows in data." + field + " for task " + taskId
                    + ", more than a task can hold; paging stopped.");
            }

            foreach (JsonElement item in list.EnumerateArray())
            {
                yield return item;
            }

            from = JsonRead.OptionalString(page, "after", "data." + field);
            if (string.IsNullOrEmpty(from))
            {
                yield break;
            }

            if (list.GetArrayLength() == 0)
            {
                throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox returned an empty page of data." + field + " for task " + taskId + " that points on to the cursor '"
                    + from + "'; paging would never end.");
            }

            if (!seen.Add(from))
            {
                throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox returned the page cursor '" + from + "' twice for task " + taskId + "; paging would never end.");
            }
        }
    }

    private static LabelboxDataset ReadDataset(JsonElement dataset, string path) =>
        new(JsonRead.String(dataset, "id", path), JsonRead.String(dataset, "name", path), JsonRead.OptionalString(dataset, "description", path),
            (long)(JsonRead.OptionalNumber(dataset, "rowCount", path) ?? 0));

    private LabelboxTask ReadTask(JsonElement task, string path) =>
        new(JsonRead.String(task, "id", path), JsonRead.String(task, "status", path), JsonRead.OptionalNumber(task, "completionPercentage", path),
            JsonRead.OptionalRaw(task, "errors", path) is { } errors ? _transport.Redact(errors) : null);

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
