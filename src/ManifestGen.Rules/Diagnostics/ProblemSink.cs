using System.Collections.Generic;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// Collects the problems of one file. A 100,000-row file with one systematic mistake would
/// otherwise flood the build and the IDE, so it keeps the first <see cref="Limit"/> and remembers
/// that it stopped. Given a number of same places (<see cref="ProblemLimits.SamePlaces"/>), it also
/// lists only that many places of one rule, then the next one saying how many more there are
/// (<see cref="Problem.More"/>), and counts the rest without keeping them: every row is still checked,
/// so that count is exact (up to where a syntax error stopped the reading, which LBX0001 reports).
/// </summary>
internal sealed class ProblemSink
{
    public const int Limit = 1000;

    private readonly List<Problem> _problems = new();
    private readonly int _samePlaces;

    /// <summary>Per rule, when <see cref="_samePlaces"/> is set: places seen, and where the one that stands for the rest is kept (-1: not kept).</summary>
    private readonly Dictionary<Rule, (int Seen, int Index)> _byRule = new();

    /// <summary>A sink that lists every place of a rule (up to <see cref="Limit"/> in all).</summary>
    public ProblemSink()
        : this(samePlaces: 0)
    {
    }

    /// <param name="samePlaces">Places of one rule listed before the next one stands for the rest; 0 lists every one.</param>
    public ProblemSink(int samePlaces) => _samePlaces = samePlaces;

    /// <summary>The problems in the order they were found; a rule's last listed place says how many more it stands for.</summary>
    public IReadOnlyList<Problem> Problems
    {
        get
        {
            List<Problem>? withCounts = null;
            foreach (var (seen, index) in _byRule.Values)
            {
                if (seen - 1 > _samePlaces && index >= 0)
                {
                    withCounts ??= new List<Problem>(_problems);
                    withCounts[index] = _problems[index].WithMore(seen - _samePlaces - 1);
                }
            }

            return withCounts ?? _problems;
        }
    }

    /// <summary>True once an error was dropped because <see cref="Limit"/> was reached (and said so).</summary>
    public bool Truncated { get; private set; }

    public bool HasErrors { get; private set; }

    /// <summary>Forgets every problem, so one sink can serve check after check.</summary>
    public void Clear()
    {
        _problems.Clear();
        _byRule.Clear();
        Truncated = false;
        HasErrors = false;
    }

    public void Add(Rule rule, int start, int length, params string[] args) => Add(new Problem(rule, start, length, args));

    public void AddWithFix(Rule rule, int start, int length, string? fix, params string[] args) =>
        Add(new Problem(rule, start, length, args, fix));

    /// <summary>Places a finding at a span of the checked text.</summary>
    public void Add(Finding finding, int start, int length) => Add(new Problem(finding.Rule, start, length, finding.Args, finding.Fix));

    public void Add(Problem problem)
    {
        if (problem.Rule.Severity == RuleSeverity.Error)
        {
            HasErrors = true;
        }

        if (_samePlaces > 0 && !ListsPlace(problem.Rule))
        {
            return;
        }

        if (_problems.Count >= Limit)
        {
            // Dropping warnings is noise control; dropping an error must still fail the build.
            if (problem.Rule.Severity == RuleSeverity.Error && !Truncated)
            {
                _problems.Add(new Problem(RuleCatalog.OverLimit, problem.Start, problem.Length, new[]
                {
                    "This file has more than " + Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " problems and the rest are not listed; fix the ones shown and build again",
                }));
                Truncated = true;
            }

            return;
        }

        _problems.Add(problem);
    }

    /// <summary>
    /// Counts a place of <paramref name="rule"/>: true for the first <see cref="_samePlaces"/> and the
    /// one after them (which stands for the rest, so it is remembered), false for the rest.
    /// </summary>
    private bool ListsPlace(Rule rule)
    {
        _byRule.TryGetValue(rule, out var count);
        int seen = count.Seen + 1;
        // Against seen - 1, not _samePlaces + 1: a limit of int.MaxValue (a user's "no limit") must not overflow into listing nothing.
        bool listed = seen - 1 <= _samePlaces;
        int index = seen == 1 ? -1 : count.Index;
        if (seen - 1 == _samePlaces)
        {
            index = _problems.Count < Limit ? _problems.Count : -1;
        }

        _byRule[rule] = (seen, index);
        return listed;
    }
}
