namespace ManifestGen;

/// <summary>One field in which a stored row differs from the row given.</summary>
public sealed record RowDifference
{
    internal RowDifference(string field, string? before, string? after)
    {
        Field = field;
        Before = before;
        After = after;
    }

    /// <summary>The field as the import file names it: <c>row_data</c>, <c>external_id</c>, <c>metadata.&lt;name&gt;</c> or <c>attachments</c>.</summary>
    public string Field { get; init; }

    /// <summary>What Labelbox holds, as text; null when it holds nothing there.</summary>
    public string? Before { get; init; }

    /// <summary>What the row gives, as Labelbox would store it; null when it gives nothing there.</summary>
    public string? After { get; init; }
}
