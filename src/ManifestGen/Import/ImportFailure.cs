using System.Text.Json.Serialization;

namespace ManifestGen;

/// <summary>A row that was not imported.</summary>
public sealed record ImportFailure
{
    // The journal reads failures back through this constructor.
    [JsonConstructor]
    internal ImportFailure(ImportFailureKind kind, string message, string? globalKey, string? externalId, string? rowData, long? rowIndex, string? taskId)
    {
        Kind = kind;
        Message = message;
        GlobalKey = globalKey;
        ExternalId = externalId;
        RowData = rowData;
        RowIndex = rowIndex;
        TaskId = taskId;
    }

    /// <summary>Why.</summary>
    public ImportFailureKind Kind { get; init; }

    /// <summary>What is wrong: the rule's or the service's message.</summary>
    public string Message { get; init; }

    /// <summary>The row's global key, if any.</summary>
    public string? GlobalKey { get; init; }

    /// <summary>The row's external id, if any.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The row's row_data (for a rejected local file: the uploaded URL).</summary>
    public string? RowData { get; init; }

    /// <summary>The row's position in the input, when known (always for invalid rows).</summary>
    public long? RowIndex { get; init; }

    /// <summary>The task that reported it, for rejected rows.</summary>
    public string? TaskId { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        (GlobalKey ?? ExternalId ?? RowData ?? (RowIndex is { } i ? "row " + i : "rows of task " + TaskId)) + ": " + Message;
}
