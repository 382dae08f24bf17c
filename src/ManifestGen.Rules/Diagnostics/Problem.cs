namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// A broken rule at a character span of the checked text. Spans are UTF-16 offsets into the text
/// as read (after any byte order mark), which is what Roslyn's SourceText uses.
/// </summary>
internal sealed class Problem
{
    public Problem(Rule rule, int start, int length, string[] args, string? fix = null)
        : this(rule, start, length, args, fix, more: 0)
    {
    }

    private Problem(Rule rule, int start, int length, string[] args, string? fix, int more)
    {
        Rule = rule;
        Start = start;
        Length = length;
        Args = args;
        Fix = fix;
        More = more;
    }

    public Rule Rule { get; }

    public int Start { get; }

    public int Length { get; }

    public string[] Args { get; }

    /// <summary>The text that should replace the span, when the fix is mechanical (code fixes use it).</summary>
    public string? Fix { get; }

    /// <summary>
    /// How many more places of the file have a problem of the same rule, not listed (see
    /// <see cref="ProblemSink"/>); 0 for a problem that stands only for itself.
    /// </summary>
    public int More { get; }

    /// <summary>The rule's message for this place, and how many more places it stands for.</summary>
    public string Message => More == 0 ? Rule.Format(Args) : Rule.Format(Args) + MoreText(More);

    /// <summary>This problem, standing also for <paramref name="more"/> further places of its rule.</summary>
    public Problem WithMore(int more) => new(Rule, Start, Length, Args, Fix, more);

    /// <summary>What a listed place says of the <paramref name="more"/> places of the same rule after it that are not listed.</summary>
    public static string MoreText(int more) =>
        " (the same problem is at " + more.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (more == 1 ? " more place" : " more places") + " in this file, not listed; lbx validate lists every one)";

    public override string ToString() => Rule.Id + "@" + Start + ": " + Message;
}
