using System;
using System.Globalization;
using ManifestGen.Journal;

namespace ManifestGen.Import;

/// <summary>
/// An upsertDataRows an earlier run recorded asking for and died before the answer, so the service may have
/// started its task: the task's number and rows, and when the first and the last such request were recorded.
/// </summary>
internal sealed record LostRequest(int Task, long FirstRow, long Rows, DateTimeOffset First, DateTimeOffset Last)
{
    /// <summary>Takes in a recorded request: another for the same task widens the window, one for a later task replaces it.</summary>
    public static LostRequest? Add(LostRequest? lost, JournalEntry entry)
    {
        if (entry.Task is not { } task || entry.FirstRow is not { } firstRow || entry.Rows is not { } rows
            || !DateTimeOffset.TryParse(entry.Time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset at))
        {
            return lost;
        }

        return lost != null && lost.Task == task && lost.FirstRow == firstRow && lost.Rows == rows
            ? lost with { Last = at }
            : new LostRequest(task, firstRow, rows, at, at);
    }
}
