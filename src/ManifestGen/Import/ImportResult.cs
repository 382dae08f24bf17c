using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ManifestGen.Journal;

namespace ManifestGen;

/// <summary>What an import did: counts, every row that was not imported and why, the tasks it ran.</summary>
public sealed class ImportResult
{
    internal ImportResult(string datasetId, long total, long imported, long failed, long invalid, IReadOnlyList<ImportFailure> failures, IReadOnlyList<string> taskIds, bool resumed)
    {
        DatasetId = datasetId;
        Total = total;
        Imported = imported;
        Failed = failed;
        SkippedInvalid = invalid;
        Failures = failures;
        TaskIds = taskIds;
        Resumed = resumed;
    }

    /// <summary>The dataset the rows went into.</summary>
    public string DatasetId { get; }

    /// <summary>Rows in the input.</summary>
    public long Total { get; }

    /// <summary>Rows Labelbox imported (a duplicate global key of a row this import had sent already counts here).</summary>
    public long Imported { get; }

    /// <summary>How the import ran: in a <see cref="ImportMode.Sync"/>, <see cref="Updated"/> and <see cref="Unchanged"/> say what it did.</summary>
    public ImportMode Mode { get; internal init; }

    /// <summary>Of <see cref="Imported"/>, the rows a sync updated (upserted by global key); the others were created.</summary>
    public long Updated { get; internal init; }

    /// <summary>Of <see cref="Imported"/>, the rows created.</summary>
    public long Created => Imported - Updated;

    /// <summary>The rows a sync found as given in the dataset and did not send.</summary>
    public long Unchanged { get; internal init; }

    /// <summary>The dataset's rows no input row named that a sync with <see cref="ImportOptions.Prune"/> deleted.</summary>
    public long Pruned { get; internal init; }

    /// <summary>Rows Labelbox refused, and in a sync the rows whose global key another dataset holds (<see cref="ImportFailureKind.Conflict"/>, not sent).</summary>
    public long Failed { get; }

    /// <summary>Rows never sent: they break a rule, or their local file failed the preflight.</summary>
    public long SkippedInvalid { get; }

    /// <summary>Every row not imported, refused and invalid alike.</summary>
    public IReadOnlyList<ImportFailure> Failures { get; }

    /// <summary>The Labelbox tasks of the import, in order.</summary>
    public IReadOnlyList<string> TaskIds { get; }

    /// <summary>Whether the import resumed from a journal.</summary>
    public bool Resumed { get; }

    /// <summary>
    /// Whether the journal recorded this import as finished before this run began: the run sent nothing, and the
    /// counts are what the earlier run recorded. <see cref="ToString"/> says so, naming the journal.
    /// </summary>
    public bool AlreadyImported => _finishedJournal != null;

    private string? _finishedJournal;

    /// <summary>Marks the result of a run over a journal whose import had finished already.</summary>
    internal ImportResult FinishedEarlier(string journalPath)
    {
        _finishedJournal = journalPath;
        return this;
    }

    /// <summary>Writes <see cref="Failures"/> as a JSON array to a file.</summary>
    public void WriteFailuresJson(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream file = File.Create(path);
        WriteFailuresJson(file);
    }

    /// <summary>Writes <see cref="Failures"/> as a JSON array (kind, message, globalKey, externalId, rowData, rowIndex, taskId); the stream is left open.</summary>
    public void WriteFailuresJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, Failures, JournalJson.Indented.IReadOnlyListImportFailure);
    }

    /// <summary>Throws if any row was not imported.</summary>
    /// <param name="listed">How many failures the message lists.</param>
    /// <exception cref="LabelboxImportException">Some rows were refused or invalid.</exception>
    public void ThrowIfAnyFailed(int listed = 20)
    {
        if (Failed + SkippedInvalid > 0)
        {
            throw new LabelboxImportException(Failed + SkippedInvalid, Failures, listed);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        (Mode == ImportMode.Sync
            ? (TaskIds.Count == 0 ? "Nothing to send: " + Unchanged + " rows unchanged in " + DatasetId : "Synced " + DatasetId + ": " + Created + " created, " + Updated + " updated, " + Unchanged + " unchanged")
                + ", " + Failed + " failed, " + SkippedInvalid + " invalid, in " + TaskIds.Count + " task(s)"
                + (Pruned > 0 ? ", " + Pruned + " rows pruned" : "")
            : Imported + " of " + Total + " rows imported into " + DatasetId + ", " + Failed + " refused, " + SkippedInvalid + " invalid, in " + TaskIds.Count + " task(s)")
        + (_finishedJournal is { } journal ? "; already imported by the run recorded in " + journal + "; nothing sent" : "");
}
