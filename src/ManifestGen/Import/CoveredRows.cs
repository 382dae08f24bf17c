using System.Collections.Generic;
using ManifestGen.Journal;

namespace ManifestGen.Import;

/// <summary>
/// The input rows tasks of earlier runs were started over (docs/import-resume.md): Labelbox has them, so a resumed run sends
/// none of them again. It checks instead that its input has the rows the journal recorded, and carries over their invalid verdicts.
/// </summary>
/// <param name="End">One past the last covered input index.</param>
/// <param name="LastRowIds">Each task's last row, by input index: its global key, or else its row_data as given.</param>
/// <param name="Invalid">The covered rows found invalid, by input index.</param>
internal sealed record CoveredRows(long End, IReadOnlyDictionary<long, string> LastRowIds, IReadOnlyDictionary<long, ImportFailure> Invalid)
{
    public static readonly CoveredRows None = new(0, new Dictionary<long, string>(), new Dictionary<long, ImportFailure>());

    public bool Covers(long index) => index < End;

    /// <summary>What tells one input row from another in the journal: its global key, or else its row_data as given.</summary>
    public static string? RowId(DataRowSpec? row) => row is null ? null : row.GlobalKey ?? row.RowData;

    /// <summary>The invalid verdict a covered row carries over, if any.</summary>
    /// <exception cref="LabelboxException">The journal recorded another row at this index.</exception>
    public ImportFailure? Check(long index, DataRowSpec? row, string? journalPath)
    {
        if (LastRowIds.TryGetValue(index, out string? recorded) && RowId(row) is var now && now != recorded)
        {
            throw JournalRefusedException.NotTheJournalsInput(journalPath, "recorded row " + index + " as '" + recorded + "', but this input's row " + index + " is '" + (now ?? "(none)") + "'");
        }

        return Invalid.GetValueOrDefault(index);
    }

    /// <exception cref="LabelboxException">The input ended before the covered rows did.</exception>
    public void CheckLength(long rows, string? journalPath)
    {
        if (rows < End)
        {
            throw JournalRefusedException.NotTheJournalsInput(journalPath, "records tasks over " + End + " rows, but this input has " + rows);
        }
    }
}
