namespace ManifestGen.Import;

/// <summary>An import task started and not yet read back.</summary>
// Twins: tasks lost upsertDataRows requests may have started over the same rows (see ImportRun.FinishTaskAsync).
internal sealed record PendingTask(int Number, string TaskId, long Rows, System.Collections.Generic.IReadOnlyList<TwinTask>? Twins = null);
