using System.Collections.Generic;

namespace ManifestGen;

/// <summary>One row given to a plan, with what importing it would do.</summary>
public sealed record PlannedRow
{
    internal PlannedRow(DataRowSpec row, PlannedChange change, LabelboxDataRow? stored, IReadOnlyList<RowDifference> differences)
    {
        Row = row;
        Change = change;
        Stored = stored;
        Differences = differences;
    }

    /// <summary>The row as given.</summary>
    public DataRowSpec Row { get; init; }

    /// <summary>What importing it would do.</summary>
    public PlannedChange Change { get; init; }

    /// <summary>
    /// The row Labelbox holds with the same global key, for a <see cref="PlannedChange.Changed"/> row (in the dataset) and an
    /// <see cref="PlannedChange.Elsewhere"/> one (in another dataset); null otherwise, so that a plan of many unchanged rows
    /// holds no second copy of them.
    /// </summary>
    public LabelboxDataRow? Stored { get; init; }

    /// <summary>For a changed row, each field that differs; empty otherwise.</summary>
    public IReadOnlyList<RowDifference> Differences { get; init; }
}
