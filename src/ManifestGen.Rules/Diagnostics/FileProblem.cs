namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// A problem placed in a file: its path, and the 1-based line and column of the span's start and
/// end (the end is the position just after the span, as Roslyn and SARIF count it).
/// </summary>
internal sealed class FileProblem
{
    public FileProblem(string path, Problem problem, (int Line, int Column) start, (int Line, int Column) end)
    {
        Path = path;
        Problem = problem;
        Line = start.Line;
        Column = start.Column;
        EndLine = end.Line;
        EndColumn = end.Column;
    }

    public string Path { get; }

    public Problem Problem { get; }

    public Rule Rule => Problem.Rule;

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public override string ToString() => Path + "(" + Line + "," + Column + "): " + Problem.Rule.Id + ": " + Problem.Message;
}
