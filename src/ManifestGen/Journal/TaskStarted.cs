using System.Collections.Generic;
using ManifestGen.Import;

namespace ManifestGen.Journal;

/// <summary>Labelbox answered an upsertDataRows request with a task: the rows up to <see cref="EndRow"/> are covered.</summary>
/// <param name="Task">The task's number in this import.</param>
/// <param name="FirstRow">The input index the task's rows start at.</param>
/// <param name="EndRow">One past the input index of the task's last row.</param>
/// <param name="Rows">The rows sent.</param>
/// <param name="TaskId">The service's task id.</param>
/// <param name="ManifestUri">The uploaded manifest that names the task's chunks.</param>
/// <param name="LastRow">The input index of the task's last row; a resumed run checks its input has the same row there.</param>
/// <param name="LastRowId">That row's global key, or else its row_data as given.</param>
/// <param name="Twins">Tasks that lost requests may have started over the same rows.</param>
/// <param name="Upserts">In a sync, how many of its rows are updates (upserted by global key); null otherwise.</param>
internal sealed record TaskStarted(int Task, long FirstRow, long EndRow, long Rows, string TaskId, string ManifestUri, long? LastRow, string? LastRowId,
    IReadOnlyList<TwinTask>? Twins, long? Upserts = null) : JournalRecord;
