using System;
using Microsoft.Extensions.Logging;

namespace ManifestGen;

/// <summary>The client's log messages. None carries the API key; none carries a row's payload.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Labelbox {Operation} failed ({Fault}); attempt {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, string fault, TimeSpan delay);

    [LoggerMessage(2, LogLevel.Debug, "Labelbox {Operation}: HTTP {Status}, {Bytes} bytes")]
    public static partial void Answered(ILogger logger, string operation, int status, int bytes);

    [LoggerMessage(3, LogLevel.Information, "Importing into dataset {DatasetId}{Resuming}")]
    public static partial void ImportStarted(ILogger logger, string datasetId, string resuming);

    [LoggerMessage(4, LogLevel.Information, "Uploaded chunk {Chunk}: {Rows} rows, {Bytes} bytes")]
    public static partial void ChunkUploaded(ILogger logger, int chunk, int rows, long bytes);

    [LoggerMessage(5, LogLevel.Information, "Started Labelbox task {TaskId} for {Rows} rows")]
    public static partial void TaskStarted(ILogger logger, string taskId, int rows);

    [LoggerMessage(6, LogLevel.Information, "Labelbox task {TaskId} is {Status}: {Failed} rows failed")]
    public static partial void TaskFinished(ILogger logger, string taskId, string status, int failed);

    [LoggerMessage(7, LogLevel.Information, "Import finished: {Imported} imported, {Failed} failed, {Invalid} invalid of {Total}")]
    public static partial void ImportFinished(ILogger logger, long imported, long failed, long invalid, long total);

    [LoggerMessage(8, LogLevel.Debug, "Uploaded {Files} local files")]
    public static partial void FilesUploaded(ILogger logger, int files);

    [LoggerMessage(9, LogLevel.Warning, "Looked for a twin of task {TaskId} in the user's first {Tasks} tasks only; a twin among later ones would be missed")]
    public static partial void TwinSearchStopped(ILogger logger, string taskId, int tasks);

    [LoggerMessage(10, LogLevel.Warning, "HttpClient.Timeout is {Timeout}, shorter than the {Longest} an attempt may take: every attempt ends there. Set it to Timeout.InfiniteTimeSpan; the client times each attempt itself")]
    public static partial void HttpClientTimeoutShorter(ILogger logger, TimeSpan timeout, TimeSpan longest);
}
