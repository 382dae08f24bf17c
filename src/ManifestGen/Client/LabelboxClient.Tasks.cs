using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;

namespace ManifestGen;

// Labelbox's tasks: waiting for one and reading its failed rows; the rest only the import calls.
public sealed partial class LabelboxClient
{
    /// <summary>
    /// Polls a task until it finishes: first after <see cref="LabelboxClientOptions.PollInitialDelay"/>, then
    /// twice as long each time up to <see cref="LabelboxClientOptions.PollMaxDelay"/>; sooner when the task's
    /// completion percentage says it will end before the next poll (never sooner than the first wait).
    /// </summary>
    /// <exception cref="LabelboxTaskTimeoutException">It is still running after <see cref="LabelboxClientOptions.TaskTimeout"/>
    /// (unlike the SDK, which returns silently).</exception>
    public Task<LabelboxTask> WaitForTaskAsync(string taskId, CancellationToken cancellationToken = default) =>
        _poller.UntilFinishedAsync(ct => GetTaskAsync(taskId, ct), t => t.IsFinished, t => t.CompletionPercentage,
            t => new LabelboxTaskTimeoutException(taskId, t.Status, _options.TaskTimeout), cancellationToken);

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

    /// <summary>The id of the user the API key belongs to (needed to read tasks); cached.</summary>
    internal async Task<string> GetCurrentUserIdAsync(CancellationToken cancellationToken)
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

    /// <summary>Starts an import task for an uploaded manifest (<c>{"source":"SDK","item_count","chunk_uris"}</c>).</summary>
    internal async Task<UpsertAnswer> UpsertDataRowsAsync(string manifestUri, CancellationToken cancellationToken)
    {
        var afterLostRequest = new StrongBox<bool>();
        long started = _time.GetTimestamp();
        JsonElement data = await _transport.ExecuteAsync("Dataset:upsert_data_rows", GraphQlOperations.UpsertDataRows,
            w => w.WriteString("manifestUri", manifestUri), afterLostRequest, cancellationToken).ConfigureAwait(false);
        JsonElement task = JsonRead.Object(data, "upsertDataRows", "data");
        return new UpsertAnswer(ReadTask(task, "data.upsertDataRows"), afterLostRequest.Value, Time(JsonRead.OptionalString(task, "createdAt", "data.upsertDataRows")),
            _time.GetElapsedTime(started));
    }

    /// <summary>Reads a task's current state.</summary>
    /// <exception cref="LabelboxRequestException">The user has no task with this id.</exception>
    internal async Task<LabelboxTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
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

    /// <summary>One page of the user's tasks, <see cref="GraphQlOperations.TaskPageSize"/> from <paramref name="skip"/>, in the
    /// service's order; empty when the key has no user.</summary>
    internal async Task<List<CreatedTask>> GetCreatedTasksAsync(int skip, CancellationToken cancellationToken)
    {
        string userId = await GetCurrentUserIdAsync(cancellationToken).ConfigureAwait(false);
        JsonElement data = await _transport.ExecuteAsync("Task:list", GraphQlOperations.ListTasks, w =>
        {
            w.WriteString("param_1", userId);
            w.WriteNumber("skip", skip);
        }, cancellationToken).ConfigureAwait(false);
        var page = new List<CreatedTask>();
        if (JsonRead.OptionalObject(data, "user", "data") is not { } user)
        {
            return page;
        }

        foreach (JsonElement task in JsonRead.Array(user, "createdTasks", "data.user").EnumerateArray())
        {
            const string path = "data.user.createdTasks[]";
            page.Add(new CreatedTask(JsonRead.String(task, "id", path), JsonRead.OptionalString(task, "type", path), Time(JsonRead.OptionalString(task, "createdAt", path))));
        }

        return page;
    }

    /// <summary>Every row a finished import task created or updated, page by page (<c>successesfulDataRowImports</c>).</summary>
    internal async IAsyncEnumerable<ImportedDataRow> GetImportedDataRowsAsync(string taskId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (JsonElement node in PagesAsync("Task:result", GraphQlOperations.SuccessfulDataRowImports, "successesfulDataRowImports", "nodes", taskId, cancellationToken).ConfigureAwait(false))
        {
            const string path = "data.successesfulDataRowImports.nodes[]";
            yield return new ImportedDataRow(JsonRead.String(node, "id", path), JsonRead.OptionalString(node, "globalKey", path),
                JsonRead.OptionalString(node, "externalId", path), JsonRead.OptionalRaw(node, "rowData", path));
        }
    }

    private async IAsyncEnumerable<JsonElement> PagesAsync(string operation, string query, string field, string items, string taskId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var cursor = new PageCursor("data." + field, "task " + taskId);
        // No task holds more rows than Labelbox runs in one, so a longer list is a service fault, not more rows.
        int most = Math.Max(_options.MaxRowsPerTask, LabelboxClientOptions.ServiceMaxRowsPerTask);
        int listed = 0;
        while (true)
        {
            string? from = cursor.Value;
            JsonElement data = await _transport.ExecuteAsync(operation, query, w =>
            {
                w.WriteString("taskId", taskId);
                w.WriteNumber("first", _options.PageSize);
                if (from is null)
                {
                    w.WriteNull("from");
                }
                else
                {
                    w.WriteString("from", from);
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

            if (!cursor.MoveNext(JsonRead.OptionalString(page, "after", "data." + field), list.GetArrayLength()))
            {
                yield break;
            }
        }
    }

    private LabelboxTask ReadTask(JsonElement task, string path) =>
        new(JsonRead.String(task, "id", path), JsonRead.String(task, "status", path), JsonRead.OptionalNumber(task, "completionPercentage", path),
            JsonRead.OptionalRaw(task, "errors", path) is { } errors ? _transport.Redact(errors) : null);

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset t) ? t : null;
}
