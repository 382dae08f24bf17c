using System.Globalization;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// How many problems are listed: the places of one rule in one file before the rest are counted into
/// one diagnostic (<see cref="SamePlaces"/>, see <see cref="ProblemSink"/>), and the diagnostics of all
/// manifests together before the rest are counted into one LBX0008 (<see cref="Total"/>, see
/// <see cref="ProblemBudget"/>). Zero lists every one, as <c>default</c> (lbx validate's) does. A pipeline that writes one mistake into every row
/// of every file would otherwise hand the compiler and MSBuild hundreds of thousands of diagnostics.
/// </summary>
internal readonly struct ProblemLimits
{
    /// <summary>The build's default for <see cref="SamePlaces"/>.</summary>
    public const int DefaultSamePlaces = 3;

    /// <summary>The build's default for <see cref="Total"/>.</summary>
    public const int DefaultTotal = 200;

    public ProblemLimits(int samePlaces, int total)
    {
        SamePlaces = samePlaces;
        Total = total;
    }

    /// <summary>Places of one rule listed per file, the next one then saying how many more there are; 0 lists them all.</summary>
    public int SamePlaces { get; }

    /// <summary>Diagnostics listed across all manifests, in path order; 0 lists them all.</summary>
    public int Total { get; }

    /// <summary>A limit as an MSBuild property gives it: a whole number from 0 up, else <paramref name="fallback"/> (unset, empty or mistyped).</summary>
    public static int Parse(string? text, int fallback) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
