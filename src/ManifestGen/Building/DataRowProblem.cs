namespace ManifestGen;

/// <summary>A Labelbox rule a data row breaks: the same ids and messages as the build's diagnostics.</summary>
public sealed record DataRowProblem
{
    internal DataRowProblem(string id, ProblemSeverity severity, string message)
    {
        Id = id;
        Severity = severity;
        Message = message;
    }

    /// <summary>The rule id, e.g. LBX0102; its page is docs/diagnostics/{Id}.md.</summary>
    public string Id { get; init; }

    /// <summary>How serious it is.</summary>
    public ProblemSeverity Severity { get; init; }

    /// <summary>What is wrong and what to do.</summary>
    public string Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Message;
}
