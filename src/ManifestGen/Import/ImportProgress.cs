namespace ManifestGen;

/// <summary>How far an import is.</summary>
/// <param name="RowsRead">Rows taken from the input.</param>
/// <param name="RowsSent">Rows uploaded in chunks.</param>
/// <param name="RowsAcknowledged">Rows whose task has finished (imported or failed).</param>
/// <param name="RowsFailed">Rows the service refused, plus invalid rows never sent.</param>
/// <param name="TasksStarted">Import tasks started.</param>
/// <param name="TasksFinished">Import tasks finished.</param>
/// <param name="BytesUploaded">Bytes of chunks, manifests and local files uploaded.</param>
public readonly record struct ImportProgress(long RowsRead, long RowsSent, long RowsAcknowledged, long RowsFailed, int TasksStarted, int TasksFinished, long BytesUploaded);
