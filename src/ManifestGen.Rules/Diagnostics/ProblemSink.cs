using System.Collections.Generic;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// Collects the problems of one file. A 100,000-row file with one systematic mistake would
/// otherwise flood the build and the IDE, so it keeps the first <see cref="Limit"/> and remembers
/// that it stopped.
/// </summary>
internal sealed class ProblemSink
{
    public const int Limit = 1000;

    private readonly List<Problem> _problems = new();

    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>True once an error was dropped because <see cref="Limit"/> was reached (and said so).</summary>
    public bool Truncated { get; private set; }

    public bool HasErrors { get; private set; }

    /// <summary>Forgets every problem, so one sink can serve check after check.</summary>
    public void Clear()
    {
        _problems.Clear();
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
}
