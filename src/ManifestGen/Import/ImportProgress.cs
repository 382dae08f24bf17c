namespace ManifestGen;

/// <summary>How far an import is.</summary>
public readonly record struct ImportProgress
{
    internal ImportProgress(long rowsRead, long rowsSent, long rowsAcknowledged, long rowsFailed, int tasksStarted, int tasksFinished, long bytesUploaded)
    {
        RowsRead = rowsRead;
        RowsSent = rowsSent;
        RowsAcknowledged = rowsAcknowledged;
        RowsFailed = rowsFailed;
        TasksStarted = tasksStarted;
        TasksFinished = tasksFinished;
        BytesUploaded = bytesUploaded;
    }

    /// <summary>Rows taken from the input.</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows uploaded in chunks.</summary>
    public long RowsSent { get; init; }

    /// <summary>Rows whose task has finished (imported or failed).</summary>
    public long RowsAcknowledged { get; init; }

    /// <summary>Rows the service refused, plus invalid rows never sent.</summary>
    public long RowsFailed { get; init; }

    /// <summary>Import tasks started.</summary>
    public int TasksStarted { get; init; }

    /// <summary>Import tasks finished.</summary>
    public int TasksFinished { get; init; }

    /// <summary>Rows a sync found unchanged and did not send.</summary>
    public long RowsUnchanged { get; init; }

    /// <summary>Bytes of chunks, manifests and local files uploaded.</summary>
    public long BytesUploaded { get; init; }
}
