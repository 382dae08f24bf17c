using System;
using System.Collections.Generic;
using System.Globalization;
using ManifestGen.Journal;

namespace ManifestGen.Import;

/// <summary>
/// The lost requests of earlier runs for one task (docs/import-resume.md): upsertDataRows requests they recorded and died
/// waiting on, so the service may have started a task for each: when each was recorded, and over how many rows.
/// </summary>
internal sealed record LostRequest(int Task, long FirstRow, IReadOnlyList<(DateTimeOffset At, long Rows)> Requests)
{
    /// <summary>Takes in a recorded request: another for the same task is added, one for a later task replaces them.</summary>
    public static LostRequest? Add(LostRequest? lost, TaskRequested request)
    {
        if (!DateTimeOffset.TryParse(request.Time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset at))
        {
            return lost;
        }

        (int task, long firstRow, long rows) = (request.Task, request.FirstRow, request.Rows);

        var requests = new List<(DateTimeOffset, long)>();
        if (lost != null && lost.Task == task && lost.FirstRow == firstRow)
        {
            requests.AddRange(lost.Requests);
        }

        requests.Add((at, rows));
        return new LostRequest(task, firstRow, requests);
    }
}
