using System.Collections.Generic;

namespace ManifestGen.Journal;

/// <summary>
/// One line of an import journal. <see cref="Type"/> says which members are set:
/// started (input, datasetId, keyMode, endpoint), chunk (task, chunk, firstRow, endRow, rows, bytes, url),
/// taskRequested (task, manifestUri, firstRow, endRow, rows), task (task, taskId, manifestUri, firstRow, endRow, rows, lastRow, lastRowId,
/// twins), invalid (firstRow, failures),
/// taskFinished (task, taskId, status, imported, failures), finished (imported, failed, invalid).
/// </summary>
internal sealed class JournalEntry
{
    public const string Started = "started";
    public const string Chunk = "chunk";
    public const string TaskRequested = "taskRequested";
    public const string TaskStarted = "task";
    public const string Invalid = "invalid";
    public const string TaskFinished = "taskFinished";
    public const string Finished = "finished";

    public string Type { get; set; } = "";

    public string? Time { get; set; }

    public string? Input { get; set; }

    public string? DatasetId { get; set; }

    public string? KeyMode { get; set; }

    /// <summary>On the started entry: the GraphQL endpoint the import went to; a dataset id means nothing elsewhere.</summary>
    public string? Endpoint { get; set; }

    public int? Task { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("chunk")]
    public int? ChunkIndex { get; set; }

    public long? FirstRow { get; set; }

    public long? EndRow { get; set; }

    public long? Rows { get; set; }

    public long? Bytes { get; set; }

    public string? Url { get; set; }

    public string? TaskId { get; set; }

    public string? ManifestUri { get; set; }

    /// <summary>On a task entry: the index of the task's last row, and that row's global key, or else its row_data as
    /// given; a resumed run checks its input has the same row there.</summary>
    public long? LastRow { get; set; }

    /// <inheritdoc cref="LastRow"/>
    public string? LastRowId { get; set; }

    /// <summary>On a task entry: tasks lost upsertDataRows requests may have started over the same rows.</summary>
    public List<Import.TwinTask>? Twins { get; set; }

    public string? Status { get; set; }

    public long? Imported { get; set; }

    public long? Failed { get; set; }

    public List<ImportFailure>? Failures { get; set; }
}
