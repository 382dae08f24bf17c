namespace ManifestGen;

/// <summary>A Labelbox task, e.g. the one an import runs as.</summary>
public sealed record LabelboxTask
{
    /// <summary>IN_PROGRESS: the status of a task that has not finished.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>COMPLETE: finished; rows may still have failed one by one.</summary>
    public const string Complete = "COMPLETE";

    /// <summary>FAILED: the task as a whole failed.</summary>
    public const string Failed = "FAILED";

    internal LabelboxTask(string id, string status, double? completionPercentage, string? errors)
    {
        Id = id;
        Status = status;
        CompletionPercentage = completionPercentage;
        Errors = errors;
    }

    /// <summary>The task id.</summary>
    public string Id { get; init; }

    /// <summary>IN_PROGRESS, COMPLETE or FAILED.</summary>
    public string Status { get; init; }

    /// <summary>How far it is, if the service says.</summary>
    public double? CompletionPercentage { get; init; }

    /// <summary>The task's own errors field, as the service sent it (for an import: a URL the SDK never reads).</summary>
    public string? Errors { get; init; }

    /// <summary>Whether the task has finished (any status but IN_PROGRESS, as the SDK reads it).</summary>
    public bool IsFinished => Status != InProgress;
}
