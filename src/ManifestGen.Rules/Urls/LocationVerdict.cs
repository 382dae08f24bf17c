namespace ManifestGen.Rules.Urls;

/// <summary>The verdict on a location string, with the https form to use instead where there is one.</summary>
internal sealed class LocationVerdict
{
    public LocationVerdict(LocationKind kind, string? reason = null, string? suggestion = null)
    {
        Kind = kind;
        Reason = reason;
        Suggestion = suggestion;
    }

    public LocationKind Kind { get; }

    /// <summary>Why it is not an https URL, as a clause for a message (NotHttps only).</summary>
    public string? Reason { get; }

    /// <summary>The corrected value, when the correction is mechanical.</summary>
    public string? Suggestion { get; }
}
