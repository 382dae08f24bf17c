using System;
using System.Collections.Generic;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// Everything a data folder held at start, in the order it was created; <paramref name="RowVersions"/> counts the row
/// versions its records held, superseded and deleted ones included.
/// </summary>
internal sealed record StoredState(
    StoredIdentity? Identity,
    IReadOnlyList<SandboxMetadataField> CustomFields,
    IReadOnlyList<SandboxDataset> Datasets,
    IReadOnlyList<SandboxDataRow> Rows,
    int RowVersions,
    IReadOnlyList<TaskRecord> Tasks,
    IReadOnlyList<StoredFile> Files);

/// <summary>The ids of the sandbox's one user and organization, and when it was first started; null in a new folder.</summary>
internal sealed record StoredIdentity(string UserId, string OrganizationId, DateTimeOffset CreatedAt);

/// <summary>What a write to the database is about; <see cref="PendingWrite.Item"/> is of the type named.</summary>
internal enum WriteKind
{
    /// <summary>A <see cref="SandboxDataset"/> created.</summary>
    Dataset,

    /// <summary>The id (a string) of a dataset deleted with its rows.</summary>
    DatasetDeleted,

    /// <summary>The ids (a string array) of data rows deleted, with their metadata and attachments.</summary>
    RowsDeleted,

    /// <summary>A <see cref="SandboxDataRow"/> created or replaced, by the task <see cref="PendingWrite.TaskId"/> if any.</summary>
    Row,

    /// <summary>A <see cref="SandboxTask"/>: a task's status as it is to be stored.</summary>
    Task,

    /// <summary>A <see cref="FailedRow"/> of the task <see cref="PendingWrite.TaskId"/>.</summary>
    Failure,

    /// <summary>A <see cref="StoredFile"/> uploaded.</summary>
    File,
}

/// <summary>A change made in memory, to be written by the next commit; queued in the order the changes were made.</summary>
internal readonly record struct PendingWrite(WriteKind Kind, object Item, string? TaskId = null);
