using System;

namespace ManifestGen;

/// <summary>
/// An import task had not finished by <see cref="LabelboxClientOptions.TaskTimeout"/>. The task goes on
/// at Labelbox; with a journal, running the same import again picks it up where it is.
/// </summary>
public sealed class LabelboxTaskTimeoutException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task that had not finished.</param>
    /// <param name="status">Its last known status.</param>
    /// <param name="waited">How long the client waited.</param>
    public LabelboxTaskTimeoutException(string taskId, string status, TimeSpan waited)
        : base("Labelbox task " + taskId + " was still " + status + " after " + waited
               + "; it goes on at Labelbox. Run the import again with the same journal to wait for it, or raise LabelboxClientOptions.TaskTimeout.")
    {
        TaskId = taskId;
        Status = status;
    }

    /// <summary>The Labelbox task that had not finished.</summary>
    public string TaskId { get; }

    /// <summary>The task's last known status, e.g. IN_PROGRESS.</summary>
    public string Status { get; }
}
