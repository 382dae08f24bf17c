using System.Globalization;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// The limit across files (<see cref="ProblemLimits.Total"/>): fed every diagnostic of every manifest in
/// path order, then by place in the file, it lists the first ones and counts the rest, which one LBX0008
/// at the first of them stands for. The order is the files', not the order they are checked in, so the
/// same files give the same diagnostics however the analyzer's actions run.
/// </summary>
internal sealed class ProblemBudget
{
    private readonly int _total;
    private readonly string _setting;
    private string? _lastPath;

    /// <param name="total">Diagnostics to list; 0 lists all.</param>
    /// <param name="setting">What sets the limit, as LBX0008 names it (the MSBuild property, or lbx's option).</param>
    public ProblemBudget(int total, string setting)
    {
        _total = total;
        _setting = setting;
    }

    public int Listed { get; private set; }

    public int LeftOut { get; private set; }

    /// <summary>The files with diagnostics left out.</summary>
    public int FilesLeftOut { get; private set; }

    /// <summary>The first diagnostic left out, where LBX0008 is reported.</summary>
    public Problem? FirstLeftOut { get; private set; }

    /// <summary>The path of <see cref="FirstLeftOut"/>.</summary>
    public string? FirstPath { get; private set; }

    /// <summary>The highest severity among those left out: LBX0008's, so that a limit never lets a failing build pass.</summary>
    public RuleSeverity Highest { get; private set; }

    /// <summary>True when the diagnostic of <paramref name="problem"/>, at <paramref name="severity"/>, is listed.</summary>
    public bool TryList(string path, Problem problem, RuleSeverity severity)
    {
        if (_total == 0 || Listed < _total)
        {
            Listed++;
            return true;
        }

        if (LeftOut == 0)
        {
            FirstLeftOut = problem;
            FirstPath = path;
            Highest = severity;
        }
        else if (severity > Highest)
        {
            Highest = severity;
        }

        if (!string.Equals(path, _lastPath, System.StringComparison.Ordinal))
        {
            FilesLeftOut++;
            _lastPath = path;
        }

        LeftOut++;
        return false;
    }

    /// <summary>LBX0008 at the first diagnostic left out (null when none was), reported at <see cref="Highest"/>.</summary>
    public Problem? Summary() => FirstLeftOut is not { } first ? null : new Problem(
        RuleCatalog.ProblemsLeftOut,
        first.Start,
        first.Length,
        new[] { Count(LeftOut), Count(FilesLeftOut), _setting, Count(_total) });

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
