using ManifestGen.Rules.Rows;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// A broken rule found in a value, not yet placed anywhere: it says which element of a data row it
/// concerns, and the caller puts it there — at a text span of a manifest
/// (<see cref="ProblemSink.Add(Finding, int, int)"/>), at a C# constant under the rule's
/// <see cref="Rule.Twin"/>, or on a built row.
/// </summary>
internal readonly struct Finding
{
    public Finding(Rule rule, RowElement element, string? fix, params string[] args)
        : this(rule, element, entry: 0, fix, args)
    {
    }

    private Finding(Rule rule, RowElement element, int entry, string? fix, string[] args)
    {
        Rule = rule;
        Element = element;
        Entry = entry;
        Fix = fix;
        Args = args;
    }

    public Rule Rule { get; }

    /// <summary>The element of the row the finding concerns.</summary>
    public RowElement Element { get; }

    /// <summary>Which metadata entry or attachment, for a finding about one (0 otherwise).</summary>
    public int Entry { get; }

    /// <summary>The value that should replace the checked one, when the correction is mechanical.</summary>
    public string? Fix { get; }

    public string[] Args { get; }

    /// <summary>The same finding, about the metadata entry or attachment at <paramref name="entry"/>.</summary>
    public Finding InEntry(int entry) => new(Rule, Element, entry, Fix, Args);
}
