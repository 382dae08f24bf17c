namespace ManifestGen.Import;

/// <summary>An import task started and not yet read back.</summary>
// MayHaveTwin: upsertDataRows was sent again after an attempt that may have reached Labelbox.
internal sealed record PendingTask(int Number, string TaskId, long Rows, bool MayHaveTwin = false);
