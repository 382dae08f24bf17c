namespace ManifestGen;

/// <summary>What the preflight found wrong with a local file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Severity">An error keeps the file from being uploaded; a warning does not.</param>
/// <param name="Message">What is wrong and what to do.</param>
internal sealed record PreflightProblem(string Path, ProblemSeverity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Severity + " " + Path + ": " + Message;
}
