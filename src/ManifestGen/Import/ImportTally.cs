using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ManifestGen.Import;

/// <summary>An import's counters and failures, reported as <see cref="ImportProgress"/> while it runs and as the <see cref="ImportResult"/> at the end.</summary>
internal sealed class ImportTally
{
    private readonly IProgress<ImportProgress>? _progress;
    private readonly List<ImportFailure> _failures;
    private readonly List<string> _taskIds;
    private long _sent;
    private long _acknowledged;
    private long _bytes;
    private int _tasksFinished;

    /// <summary>Starts from what a journal recorded (<see cref="ResumeState.New"/> for a new import).</summary>
    public ImportTally(ResumeState resumed, IProgress<ImportProgress>? progress)
    {
        _progress = progress;
        _failures = new List<ImportFailure>(resumed.Failures);
        _taskIds = new List<string>(resumed.TaskIds);
        Imported = resumed.Imported;
        Updated = resumed.Updated;
        Failed = resumed.Failed;
        _acknowledged = resumed.Imported + resumed.Failed;
        _tasksFinished = resumed.TasksFinished;
    }

    /// <summary>Rows of the input read so far.</summary>
    public long Total { get; set; }

    public long Imported { get; private set; }

    /// <summary>Of <see cref="Imported"/>, the rows a sync updated.</summary>
    public long Updated { get; private set; }

    /// <summary>The rows a sync found unchanged and did not send.</summary>
    public long Unchanged { get; private set; }

    /// <summary>The dataset's rows a sync with prune deleted (what the journal recorded, for a finished one).</summary>
    public long Pruned { get; set; }

    public long Failed { get; private set; }

    public long Invalid { get; private set; }

    /// <summary>Every task started, in order: a twin search passes over them.</summary>
    public IReadOnlyList<string> TaskIds => _taskIds;

    public void Sent() => _sent++;

    /// <summary>Bytes uploaded; local files are uploaded in parallel.</summary>
    public void Uploaded(long bytes) => Interlocked.Add(ref _bytes, bytes);

    public void AddInvalid(ImportFailure failure)
    {
        _failures.Add(failure);
        Invalid++;
    }

    public void AddUnchanged() => Unchanged++;

    /// <summary>A row a sync did not send: another dataset holds its key.</summary>
    public void AddConflict(ImportFailure failure)
    {
        _failures.Add(failure);
        Failed++;
    }

    public void TaskStarted(string taskId) => _taskIds.Add(taskId);

    public void TaskFinished(long rows, long imported, long updated, long failed, IEnumerable<ImportFailure> failures)
    {
        _failures.AddRange(failures);
        Imported += imported;
        Updated += updated;
        Failed += failed;
        _acknowledged += rows;
        _tasksFinished++;
    }

    public void Report() =>
        _progress?.Report(new ImportProgress(Total, _sent, _acknowledged, Failed + Invalid, _taskIds.Count, _tasksFinished, _bytes) { RowsUnchanged = Unchanged });

    public ImportResult ToResult(string datasetId, bool resumed, ImportMode mode) =>
        new(datasetId, Total, Imported, Failed, Invalid, _failures.OrderBy(f => f.RowIndex ?? long.MaxValue).ToArray(), _taskIds, resumed)
        {
            Mode = mode,
            Updated = Updated,
            Unchanged = Unchanged,
            Pruned = Pruned,
        };
}
