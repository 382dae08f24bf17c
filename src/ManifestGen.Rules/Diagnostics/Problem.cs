namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// A broken rule at a character span of the checked text. Spans are UTF-16 offsets into the text
/// as read (after any byte order mark), which is what Roslyn's SourceText uses.
/// </summary>
internal sealed class Problem
{
    public Problem(Rule rule, int start, int length, string[] args, string? fix = null)
    {
        Rule = rule;
        Start = start;
        Length = length;
        Args = args;
        Fix = fix;
    }

    public Rule Rule { get; }

    public int Start { get; }

    public int Length { get; }

    public string[] Args { get; }

    /// <summary>The text that should replace the span, when the fix is mechanical (code fixes use it).</summary>
    public string? Fix { get; }

    public string Message => Rule.Format(Args);

    public override string ToString() => Rule.Id + "@" + Start + ": " + Message;
}
