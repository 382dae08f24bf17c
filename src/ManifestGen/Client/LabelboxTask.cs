namespace ManifestGen;

/// <summary>A Labelbox task, e.g. the one an import runs as.</summary>
/// <param name="Id">The task id.</param>
/// <param name="Status">IN_PROGRESS, COMPLETE or FAILED.</param>
/// <param name="CompletionPercentage">How far it is, if the service says.</param>
/// <param name="Errors">The task's own errors field, as the service sent it (for an import: a URL the SDK never reads).</param>
public sealed record LabelboxTask(string Id, string Status, double? CompletionPercentage, string? Errors)
{
    /// <summary>IN_PROGRESS: the status of a task that has not finished.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>COMPLETE: finished; rows may still have failed one by one.</summary>
    public const string Complete = "COMPLETE";

    /// <summary>FAILED: the task as a whole failed.</summary>
    public const string Failed = "FAILED";

    /// <summary>Whether the task has finished (any status but IN_PROGRESS, as the SDK reads it).</summary>
    public bool IsFinished => Status != InProgress;
}
