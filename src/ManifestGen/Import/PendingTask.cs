using System.Collections.Generic;

namespace ManifestGen.Import;

/// <summary>An import task started and not yet read back, with the twin tasks lost requests may have started over its rows.</summary>
internal sealed record PendingTask(int Number, string TaskId, long Rows, IReadOnlyList<TwinTask>? Twins = null);
