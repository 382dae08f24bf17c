using System.Collections.Generic;

namespace ManifestGen.Import;

/// <summary>An import task started and not yet read back, with the twin tasks lost requests may have started over its rows, and how many of its rows a sync sent as updates.</summary>
internal sealed record PendingTask(int Number, string TaskId, long Rows, IReadOnlyList<TwinTask>? Twins = null, long Upserts = 0);
