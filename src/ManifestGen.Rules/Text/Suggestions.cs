using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Text;

/// <summary>"Did you mean …" for property names, media types, attachment types, metadata field
/// names and enum options.</summary>
internal static class Suggestions
{
    /// <summary>Containment only counts for words this long: 'train' in 'training', not 'a' in 'tag'.</summary>
    private const int MinContainedLength = 4;

    /// <summary>
    /// The candidate most likely meant by <paramref name="value"/>, or null when none is. Case
    /// differences cost nothing ('image' finds 'IMAGE'); a swap of two neighbours is one edit
    /// ('nmae' finds 'name'); failing an edit-distance match, a candidate that contains the value
    /// or is contained in it is taken ('OVERLAY' finds 'IMAGE_OVERLAY', 'training' finds 'train').
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        // Two edits for short words, a third of the length for longer ones; never as many edits
        // as the word has letters, or anything would match a one-letter typo.
        int allowed = Math.Min(Math.Max(2, Math.Min(value.Length, 30) / 3), value.Length - 1);
        string lower = value.ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        string? contained = null;
        int containedGap = int.MaxValue;
        foreach (string candidate in candidates)
        {
            string other = candidate.ToLowerInvariant();
            int distance = allowed >= 0 ? Distance(lower, other, allowed) : int.MaxValue;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }

            int gap = Math.Abs(other.Length - lower.Length);
            if (gap < containedGap && Math.Min(other.Length, lower.Length) >= MinContainedLength
                && (other.IndexOf(lower, StringComparison.Ordinal) >= 0 || lower.IndexOf(other, StringComparison.Ordinal) >= 0))
            {
                containedGap = gap;
                contained = candidate;
            }
        }

        return bestDistance <= allowed ? best : contained;
    }

    /// <summary>"did you mean 'x'?" or "use one of a, b, c" when nothing is close.</summary>
    public static string DidYouMean(string value, IReadOnlyCollection<string> candidates) =>
        Hint(Closest(value, candidates), candidates);

    /// <summary>
    /// The clause of <see cref="DidYouMean"/> for a <paramref name="closest"/> already found, so a
    /// message and the fix it offers name the same candidate.
    /// </summary>
    public static string Hint(string? closest, IReadOnlyCollection<string> candidates) =>
        closest != null
            ? "did you mean '" + closest + "'?"
            : "use one of " + string.Join(", ", candidates);

    /// <summary>
    /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal
    /// string alignment), giving up (returning limit + 1) once it exceeds the limit.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
