namespace ManifestGen;

/// <summary>A Labelbox rule a data row breaks: the same ids and messages as the build's diagnostics.</summary>
/// <param name="Id">The rule id, e.g. LBX0102; its page is docs/diagnostics/{Id}.md.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record DataRowProblem(string Id, ProblemSeverity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Id + ": " + Message;
}
