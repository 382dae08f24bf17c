using System.Collections.Generic;

namespace ManifestGen.Journal;

/// <summary>A task was read back: its rows are acknowledged, imported or failed.</summary>
/// <param name="Task">The task's number in this import.</param>
/// <param name="TaskId">The service's task id.</param>
/// <param name="Status">Its final status.</param>
/// <param name="Imported">Its rows imported (a duplicate that a twin task stored counts here).</param>
/// <param name="Failed">Its rows not imported.</param>
/// <param name="Failures">Why, row by row.</param>
/// <param name="Updated">In a sync, how many of the imported rows were updates; null otherwise.</param>
internal sealed record TaskFinished(int Task, string TaskId, string Status, long Imported, long Failed, IReadOnlyList<ImportFailure> Failures, long? Updated = null) : JournalRecord;
