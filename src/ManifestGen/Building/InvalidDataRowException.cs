using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen;

/// <summary>A data row breaks Labelbox's rules; <see cref="Problems"/> lists every error at once.</summary>
public sealed class InvalidDataRowException : ArgumentException
{
    /// <summary>Creates the exception for a row and its problems.</summary>
    public InvalidDataRowException(string rowData, IReadOnlyList<DataRowProblem> problems)
        : base("The data row '" + rowData + "' breaks Labelbox's rules:" + Environment.NewLine
               + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        RowData = rowData;
        Problems = problems;
    }

    /// <summary>The row_data of the row.</summary>
    public string RowData { get; }

    /// <summary>The errors found.</summary>
    public IReadOnlyList<DataRowProblem> Problems { get; }
}
