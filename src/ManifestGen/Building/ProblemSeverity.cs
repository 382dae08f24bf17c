namespace ManifestGen;

/// <summary>How serious a problem with a data row is.</summary>
public enum ProblemSeverity
{
    /// <summary>Worth knowing; the row is fine.</summary>
    Info,

    /// <summary>Labelbox takes the row, but probably not as you meant.</summary>
    Warning,

    /// <summary>Labelbox would reject the row.</summary>
    Error,
}
