using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen;

/// <summary>Thrown by <see cref="ImportResult.ThrowIfAnyFailed"/>: rows were not imported; the message lists the first of them.</summary>
public sealed class LabelboxImportException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failedCount">How many rows were not imported.</param>
    /// <param name="failures">Every failure.</param>
    /// <param name="listed">How many of them the message lists.</param>
    public LabelboxImportException(long failedCount, IReadOnlyList<ImportFailure> failures, int listed)
        : base(failedCount + " row(s) were not imported" + (failures.Count > listed ? "; the first " + listed + ":" : ":") + Environment.NewLine
               + string.Join(Environment.NewLine, failures.Take(listed).Select(f => "  " + f)))
    {
        FailedCount = failedCount;
        Failures = failures;
    }

    /// <summary>How many rows were not imported.</summary>
    public long FailedCount { get; }

    /// <summary>Every failure.</summary>
    public IReadOnlyList<ImportFailure> Failures { get; }
}
