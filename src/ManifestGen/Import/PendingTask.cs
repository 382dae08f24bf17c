namespace ManifestGen.Import;

/// <summary>An import task started and not yet read back.</summary>
internal sealed record PendingTask(int Number, string TaskId, long Rows);
