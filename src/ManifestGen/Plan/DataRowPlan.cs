using System.Collections.Generic;
using System.Linq;

namespace ManifestGen;

/// <summary>
/// What importing a set of rows into a dataset would do, row by row, and the dataset's rows that none of them names:
/// made by <see cref="LabelboxClient.PlanAsync(IEnumerable{DataRowSpec}, string, System.Threading.CancellationToken)"/>,
/// read-only on the Labelbox side.
/// </summary>
public sealed class DataRowPlan
{
    internal DataRowPlan(string datasetId, IReadOnlyList<PlannedRow> rows, IReadOnlyList<LabelboxDataRow> notInRows)
    {
        DatasetId = datasetId;
        Rows = rows;
        NotInRows = notInRows;
        New = rows.Count(r => r.Change == PlannedChange.New);
        Unchanged = rows.Count(r => r.Change == PlannedChange.Unchanged);
        Changed = rows.Count(r => r.Change == PlannedChange.Changed);
        Elsewhere = rows.Count(r => r.Change == PlannedChange.Elsewhere);
    }

    /// <summary>The dataset planned against.</summary>
    public string DatasetId { get; }

    /// <summary>Every row given, in the order given, with what importing it would do.</summary>
    public IReadOnlyList<PlannedRow> Rows { get; }

    /// <summary>The dataset's rows whose global key no given row has (rows without a key among them): listed, never deleted by a plan.</summary>
    public IReadOnlyList<LabelboxDataRow> NotInRows { get; }

    /// <summary>How many rows an import would create.</summary>
    public int New { get; }

    /// <summary>How many rows the dataset already holds as given.</summary>
    public int Unchanged { get; }

    /// <summary>How many rows an import would update.</summary>
    public int Changed { get; }

    /// <summary>How many rows have a global key that a row of another dataset holds (conflicts).</summary>
    public int Elsewhere { get; }

    /// <summary>True when an import would create or update a row.</summary>
    public bool HasChanges => New > 0 || Changed > 0;
}
