namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// A broken rule found in a value, not yet placed anywhere: the caller puts it at a text span of a
/// manifest (<see cref="ProblemSink.Add(Finding, int, int)"/>), at a C# constant under the rule's
/// <see cref="Rule.Twin"/>, or on a built row.
/// </summary>
internal readonly struct Finding
{
    public Finding(Rule rule, string? fix, params string[] args)
    {
        Rule = rule;
        Fix = fix;
        Args = args;
    }

    public Rule Rule { get; }

    /// <summary>The value that should replace the checked one, when the correction is mechanical.</summary>
    public string? Fix { get; }

    public string[] Args { get; }
}
