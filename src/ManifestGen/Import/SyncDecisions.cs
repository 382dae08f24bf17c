using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Journal;

namespace ManifestGen.Import;

/// <summary>
/// A sync's decision for every input row: planned once (<see cref="LabelboxClient.PlanAsync"/>) and recorded as
/// <see cref="SyncPlanned"/>, or read back from that record when the sync resumes.
/// </summary>
internal sealed class SyncDecisions
{
    private readonly RowRanges _upserts;
    private readonly RowRanges _unchanged;
    private readonly Dictionary<long, ImportFailure> _conflicts;
    private readonly HashSet<string> _upsertKeys;

    private SyncDecisions(long rows, RowRanges upserts, RowRanges unchanged, IReadOnlyList<ImportFailure> conflicts, IReadOnlyList<string> prune, IReadOnlyList<InputRow> input)
    {
        Rows = rows;
        _upserts = upserts;
        _unchanged = unchanged;
        _conflicts = conflicts.ToDictionary(f => f.RowIndex ?? -1);
        Prune = prune;
        _upsertKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // Labelbox matches keys ignoring case
        for (int i = 0; i < input.Count; i++)
        {
            if (_upserts.Contains(i) && input[i].Row?.GlobalKey is { } key)
            {
                _upsertKeys.Add(key);
            }
        }
    }

    /// <summary>The input rows decided over.</summary>
    public long Rows { get; }

    /// <summary>The ids of the dataset's rows to delete once the rows are stored (empty without ImportOptions.Prune).</summary>
    public IReadOnlyList<string> Prune { get; }

    public SyncDecision Of(long index) =>
        _unchanged.Contains(index) ? SyncDecision.Unchanged
        : _upserts.Contains(index) ? SyncDecision.Upsert
        : _conflicts.ContainsKey(index) ? SyncDecision.Conflict
        : SyncDecision.Create;

    /// <summary>The failure of a row another dataset holds the key of.</summary>
    public ImportFailure Conflict(long index) => _conflicts[index];

    /// <summary>Whether a row with this global key was sent as an upsert: a task's failure for it is an update that failed.</summary>
    public bool IsUpsert(string? globalKey) => globalKey != null && _upsertKeys.Contains(globalKey);

    public SyncPlanned ToRecord() => new(Rows, _upserts.Bounds, _unchanged.Bounds, _conflicts.Values.OrderBy(f => f.RowIndex).ToList(), Prune.Count > 0 ? Prune : null);

    /// <summary>Reads the decision a journal recorded, or takes the one made before the import (<paramref name="decided"/>), or plans; and records it.</summary>
    /// <exception cref="LabelboxException">The journal's plan is for another number of rows, or damaged.</exception>
    /// <exception cref="ArgumentException"><paramref name="decided"/> was made over another number of rows.</exception>
    public static async Task<SyncDecisions> DecideAsync(LabelboxClient client, IReadOnlyList<InputRow> input, string datasetId, bool prune, ImportJournal? journal,
        SyncDecisions? decided, CancellationToken cancellationToken)
    {
        if (journal?.Records.OfType<SyncPlanned>().FirstOrDefault() is { } recorded)
        {
            return FromRecord(recorded, input, journal.Path);
        }

        if (decided != null && decided.Rows != input.Count)
        {
            throw new ArgumentException("The sync was planned over " + decided.Rows + " rows, but the import has " + input.Count + ".", nameof(decided));
        }

        SyncDecisions decisions = decided ?? (await PlanAsync(client, input, datasetId, prune, cancellationToken).ConfigureAwait(false)).Decisions;
        await journal.RecordAsync(decisions.ToRecord(), cancellationToken).ConfigureAwait(false);
        return decisions;
    }

    /// <summary>Plans every input row against the dataset; the plan too, for its <see cref="DataRowPlan.NotInRows"/> (the rows a prune deletes).</summary>
    public static async Task<(SyncDecisions Decisions, DataRowPlan Plan)> PlanAsync(LabelboxClient client, IReadOnlyList<InputRow> input, string datasetId, bool prune,
        CancellationToken cancellationToken)
    {
        // A null row, or one with text that cannot be sent, is not planned: it goes on as a row to create, which refuses it as invalid.
        var planned = new List<long>(input.Count);
        for (int i = 0; i < input.Count; i++)
        {
            if (input[i].Row is { } row && UnsendableText.Find(row) is null && UnsendableText.Sendable(row.GlobalKey))
            {
                planned.Add(i);
            }
        }

        DataRowPlan plan = await client.PlanAsync(planned.Select(i => input[(int)i].Row!), datasetId, cancellationToken).ConfigureAwait(false);
        var conflicts = new List<ImportFailure>();
        for (int p = 0; p < plan.Rows.Count; p++)
        {
            if (plan.Rows[p] is { Change: PlannedChange.Elsewhere, Stored: { } other, Row: var row })
            {
                conflicts.Add(new ImportFailure(ImportFailureKind.Conflict,
                    "Dataset " + other.DatasetId + " holds global key '" + other.GlobalKey + "' (data row " + other.Id
                        + "); keys are unique in an organization, so the sync did not send this row. Move or delete that row, or change this row's key.",
                    row.GlobalKey, row.ExternalId, row.RowData, planned[p], null));
            }
        }

        var decisions = new SyncDecisions(input.Count,
            RowRanges.Of(Where(plan, planned, PlannedChange.Changed)),
            RowRanges.Of(Where(plan, planned, PlannedChange.Unchanged)),
            conflicts,
            prune ? plan.NotInRows.Select(r => r.Id).ToList() : Array.Empty<string>(),
            input);
        return (decisions, plan);
    }

    private static IEnumerable<long> Where(DataRowPlan plan, List<long> planned, PlannedChange change) =>
        Enumerable.Range(0, plan.Rows.Count).Where(p => plan.Rows[p].Change == change).Select(p => planned[p]);

    private static SyncDecisions FromRecord(SyncPlanned recorded, IReadOnlyList<InputRow> input, string journalPath)
    {
        if (recorded.Rows != input.Count)
        {
            throw JournalRefusedException.NotTheJournalsInput(journalPath, "records a sync planned over " + recorded.Rows + " rows, but this input has " + input.Count);
        }

        try
        {
            return new SyncDecisions(recorded.Rows, new RowRanges(recorded.Upserts), new RowRanges(recorded.Unchanged), recorded.Conflicts,
                recorded.Prune ?? Array.Empty<string>(), input);
        }
        catch (FormatException e)
        {
            throw new JournalRefusedException("The journal " + journalPath + " has a damaged sync plan (" + e.Message + "); start a new journal.", innerException: e);
        }
    }
}
