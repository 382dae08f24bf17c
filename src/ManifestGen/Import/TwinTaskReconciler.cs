using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Import;

/// <summary>
/// Twin tasks (docs/import-resume.md): a lost request may have started a task over the same rows that nobody was told of.
/// This finds them when a task starts, in the time windows the lost requests could have started them in, and, when the task
/// is read back, decides which of its "Duplicate global key" failures are rows a twin stored, and so imported.
/// </summary>
internal sealed partial class TwinTaskReconciler
{
    // Every page, not the first: the order of the list is the service's, and the sandbox lists the oldest first.
    // Bounded, so an account with a vast history costs at most this many requests per search.
    private const int MaxTaskPages = 100;
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    private readonly LabelboxClient _client;
    private readonly TimeSpan _retryBudget;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    // Keys stored by twins of earlier runs' lost requests: a duplicate of one, in any task of this run, is that row, once.
    private readonly HashSet<string> _earlierStored = new(StringComparer.OrdinalIgnoreCase);
    private LostRequest? _lostRequest;

    public TwinTaskReconciler(LabelboxClient client, TimeSpan retryBudget, LostRequest? lostRequest, ILogger logger, CancellationToken cancellationToken)
    {
        _client = client;
        _retryBudget = retryBudget;
        _lostRequest = lostRequest;
        _logger = logger;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The twins a task over <paramref name="rows"/> rows from input index <paramref name="firstRow"/> may have: started by a lost
    /// attempt of its own call, or by requests of earlier runs for the same rows. <paramref name="answered"/> is when we heard, by our clock.
    /// </summary>
    public async Task<List<TwinTask>?> FindAsync(UpsertAnswer answer, DateTimeOffset answered, long firstRow, long rows, IReadOnlyList<string> knownTaskIds)
    {
        LostRequest? lost = _lostRequest;
        _lostRequest = null; // only the next task can be theirs
        if (answer.CreatedAt is not { } created)
        {
            return null;
        }

        var windows = new List<(DateTimeOffset Since, DateTimeOffset Until, long Rows, bool Earlier)>();
        if (answer.AfterLostRequest)
        {
            // Created during this call, so no earlier than the call's length (plus slack) before ours.
            windows.Add((created - answer.Took - Slack, DateTimeOffset.MaxValue, rows, false));
        }

        if (lost != null && lost.FirstRow == firstRow)
        {
            // Each request an earlier run recorded for these rows ran from then to, at most, its retry budget later;
            // moved to the service's clock by how long before our answer it was. The row count is the request's own:
            // rows may have become valid or invalid since.
            foreach ((DateTimeOffset at, long requested) in lost.Requests)
            {
                DateTimeOffset since = created - (answered - at) - Slack;
                windows.Add((since, since + _retryBudget + Slack + Slack, requested, true));
            }
        }

        if (windows.Count == 0)
        {
            return null;
        }

        var twins = new List<TwinTask>();
        await foreach ((string id, DateTimeOffset at) in CandidatesAsync(answer.Task.Id, windows, knownTaskIds).ConfigureAwait(false))
        {
            // A candidate in no window is another import's task; in several, the first (this call's own) decides.
            int window = windows.FindIndex(w => at >= w.Since && at <= w.Until);
            if (window >= 0)
            {
                twins.Add(new TwinTask(id, windows[window].Rows, windows[window].Earlier));
            }
        }

        return twins.Count > 0 ? twins : null;
    }

    /// <summary>
    /// Waits for a task's twins and reads what they stored. A candidate is taken for a twin only if it ran over as many rows as
    /// its request: another import's task that happened to start in the same seconds (and may hold a key this task fails on)
    /// is left alone.
    /// </summary>
    /// <returns>The keys twins of the task's own call stored; those of earlier runs' twins are kept for every task of this run.</returns>
    public async Task<HashSet<string>> ReadTwinsAsync(PendingTask pending)
    {
        var ownStored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (TwinTask twin in pending.Twins ?? Array.Empty<TwinTask>())
        {
            await _client.WaitForTaskAsync(twin.Id, _cancellationToken).ConfigureAwait(false);
            var stored = new List<string>();
            long rows = 0;
            await foreach (ImportedDataRow row in _client.GetImportedDataRowsAsync(twin.Id, _cancellationToken).ConfigureAwait(false))
            {
                rows++;
                if (row.GlobalKey != null)
                {
                    stored.Add(row.GlobalKey);
                }
            }

            await foreach (FailedDataRow unused in _client.GetFailedDataRowsAsync(twin.Id, _cancellationToken).ConfigureAwait(false))
            {
                rows++;
            }

            if (rows == twin.Rows)
            {
                (twin.Earlier ? _earlierStored : ownStored).UnionWith(stored);
            }
        }

        return ownStored;
    }

    /// <summary>
    /// Whether a failed row is a row a twin stored: a "Duplicate global key" of a key a twin over the same chunks stored is that
    /// row, imported. A key the task carries more than once fails its other copies, in the twin as here, so only one duplicate
    /// report per stored key is the twin's; a key that was already in Labelbox fails in the twin too, so it is still reported.
    /// </summary>
    public bool StoredByTwin(FailedDataRow row, HashSet<string> ownStored) =>
        DuplicateKey().Match(row.Message) is { Success: true } match
        && (ownStored.Remove(match.Groups[1].Value) || _earlierStored.Remove(match.Groups[1].Value));

    /// <summary>The user's upsert tasks other than <paramref name="taskId"/> and <paramref name="known"/> created in the windows'
    /// span (the service's clock), with when each was created.</summary>
    private async IAsyncEnumerable<(string Id, DateTimeOffset Created)> CandidatesAsync(string taskId,
        List<(DateTimeOffset Since, DateTimeOffset Until, long Rows, bool Earlier)> windows, IReadOnlyList<string> known)
    {
        DateTimeOffset from = DateTimeOffset.MaxValue, to = DateTimeOffset.MinValue;
        foreach ((DateTimeOffset since, DateTimeOffset until, _, _) in windows)
        {
            from = since < from ? since : from;
            to = until > to ? until : to;
        }

        for (int page = 0; page < MaxTaskPages; page++)
        {
            List<CreatedTask> tasks = await _client.GetCreatedTasksAsync(page * GraphQlOperations.TaskPageSize, _cancellationToken).ConfigureAwait(false);
            foreach (CreatedTask task in tasks)
            {
                if (task.Id != taskId && !known.Contains(task.Id) && task.Type == CreatedTask.UpsertType
                    && task.CreatedAt is { } created && created >= from && created <= to)
                {
                    yield return (task.Id, created);
                }
            }

            if (tasks.Count < GraphQlOperations.TaskPageSize)
            {
                yield break;
            }
        }

        Log.TwinSearchStopped(_logger, taskId, MaxTaskPages * GraphQlOperations.TaskPageSize);
    }

    [GeneratedRegex("^Duplicate global key: '(.*)'$", RegexOptions.Singleline)]
    private static partial Regex DuplicateKey();
}
