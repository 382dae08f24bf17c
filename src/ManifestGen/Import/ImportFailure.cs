namespace ManifestGen;

/// <summary>A row that was not imported.</summary>
/// <param name="Kind">Why.</param>
/// <param name="Message">What is wrong: the rule's or the service's message.</param>
/// <param name="GlobalKey">The row's global key, if any.</param>
/// <param name="ExternalId">The row's external id, if any.</param>
/// <param name="RowData">The row's row_data (for a rejected local file: the uploaded URL).</param>
/// <param name="RowIndex">The row's position in the input, when known (always for invalid rows).</param>
/// <param name="TaskId">The task that reported it, for rejected rows.</param>
public sealed record ImportFailure(ImportFailureKind Kind, string Message, string? GlobalKey, string? ExternalId, string? RowData, long? RowIndex, string? TaskId)
{
    /// <inheritdoc />
    public override string ToString() =>
        (GlobalKey ?? ExternalId ?? RowData ?? (RowIndex is { } i ? "row " + i : "rows of task " + TaskId)) + ": " + Message;
}
