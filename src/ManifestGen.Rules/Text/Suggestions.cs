using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Text;

/// <summary>"Did you mean …" by edit distance, used for property names, media types, attachment
/// types and metadata field names.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="value"/>, or null when none is close enough to be a
    /// likely typo. Case differences cost nothing, so 'image' finds 'IMAGE'.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        // Short words allow one edit, longer ones a third of their length: 'rowdata' → 'row_data'.
        int allowed = Math.Max(1, Math.Min(value.Length, 30) / 3);
        string lower = value.ToLowerInvariant();
        foreach (string candidate in candidates)
        {
            int distance = Distance(lower, candidate.ToLowerInvariant(), allowed);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"did you mean 'x'?" or "use one of a, b, c" when nothing is close.</summary>
    public static string DidYouMean(string value, IReadOnlyCollection<string> candidates)
    {
        string? closest = Closest(value, candidates);
        return closest != null
            ? "did you mean '" + closest + "'?"
            : "use one of " + string.Join(", ", candidates);
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

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
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
