using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Journal;

namespace ManifestGen.Import;

/// <summary>What the journal recorded, read once when an import resumes: finished tasks count as done, started ones are polled again.</summary>
/// <param name="NextTask">The number the next task takes.</param>
/// <param name="NextChunk">The number the next chunk takes.</param>
/// <param name="LostRequest">The requests for the next task that runs died waiting on, if any.</param>
/// <param name="Covered">The rows tasks were started over.</param>
/// <param name="TaskIds">Every task started, in order.</param>
/// <param name="Unfinished">The tasks started and not read back.</param>
/// <param name="TasksFinished">The tasks read back.</param>
/// <param name="Imported">Their rows imported.</param>
/// <param name="Failed">Their rows not imported.</param>
/// <param name="Failures">Why, row by row.</param>
/// <param name="Updated">Of the rows imported, those a sync sent as updates.</param>
internal sealed record ResumeState(int NextTask, int NextChunk, LostRequest? LostRequest, CoveredRows Covered, IReadOnlyList<string> TaskIds,
    IReadOnlyList<PendingTask> Unfinished, int TasksFinished, long Imported, long Failed, IReadOnlyList<ImportFailure> Failures, long Updated)
{
    /// <summary>An import with nothing recorded yet.</summary>
    public static readonly ResumeState New = new(0, 0, null, CoveredRows.None, Array.Empty<string>(), Array.Empty<PendingTask>(), 0, 0, 0, Array.Empty<ImportFailure>(), 0);

    public static ResumeState Read(IReadOnlyList<JournalRecord> records)
    {
        int nextTask = 0, nextChunk = 0, tasksFinished = 0;
        long coveredEnd = 0, imported = 0, failed = 0, updated = 0;
        LostRequest? lost = null;
        var taskIds = new List<string>();
        var started = new List<PendingTask>();
        var finished = new HashSet<int>();
        var lastRowIds = new Dictionary<long, string>();
        var invalid = new Dictionary<long, ImportFailure>();
        var failures = new List<ImportFailure>();
        foreach (JournalRecord record in records)
        {
            switch (record)
            {
                case ChunkUploaded chunk:
                    nextChunk = Math.Max(nextChunk, chunk.Index + 1);
                    break;
                case TaskRequested requested:
                    lost = LostRequest.Add(lost, requested);
                    break;
                case TaskStarted task:
                    lost = lost?.Task == task.Task ? null : lost; // answered
                    coveredEnd = Math.Max(coveredEnd, task.EndRow);
                    nextTask = Math.Max(nextTask, task.Task + 1);
                    taskIds.Add(task.TaskId);
                    started.Add(new PendingTask(task.Task, task.TaskId, task.Rows, task.Twins, task.Upserts ?? 0));
                    if (task.LastRow is { } lastRow && task.LastRowId is { } lastRowId)
                    {
                        lastRowIds[lastRow] = lastRowId;
                    }

                    break;
                case TaskFinished done:
                    finished.Add(done.Task);
                    imported += done.Imported;
                    failed += done.Failed;
                    updated += done.Updated ?? 0;
                    failures.AddRange(done.Failures ?? Array.Empty<ImportFailure>());
                    tasksFinished++;
                    break;
                case RowInvalid row:
                    foreach (ImportFailure failure in row.Failures ?? Array.Empty<ImportFailure>())
                    {
                        invalid[failure.RowIndex ?? -1] = failure;
                    }

                    break;
            }
        }

        return new ResumeState(nextTask, nextChunk, lost, new CoveredRows(coveredEnd, lastRowIds, invalid), taskIds,
            started.Where(t => !finished.Contains(t.Number)).ToList(), tasksFinished, imported, failed, failures, updated);
    }
}
