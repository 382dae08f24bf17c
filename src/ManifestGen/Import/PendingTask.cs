namespace ManifestGen.Import;

/// <summary>An import task started and not yet read back.</summary>
// Twins: tasks a lost upsertDataRows attempt may have started over the same chunks (see ImportRun.FinishTaskAsync).
internal sealed record PendingTask(int Number, string TaskId, long Rows, System.Collections.Generic.IReadOnlyList<string>? Twins = null);
