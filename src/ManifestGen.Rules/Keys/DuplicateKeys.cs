using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// Finds global keys used more than once. The first occurrence, in file-path then text order, is
/// the original; every later one is a duplicate that points back at it.
/// </summary>
internal static class DuplicateKeys
{
    public static List<(KeyOccurrence Duplicate, KeyOccurrence First)> Find(IEnumerable<KeyOccurrence> occurrences)
    {
        // One file's keys arrive in text order already; checking that is cheaper than sorting
        // 100,000 of them, and such a list is read as it is, not copied. (Strictly ascending, so the
        // order is the one a sort would give.)
        IReadOnlyList<KeyOccurrence> sorted = occurrences as IReadOnlyList<KeyOccurrence> ?? new List<KeyOccurrence>(occurrences);
        if (!IsStrictlyAscending(sorted))
        {
            var copy = new List<KeyOccurrence>(sorted);
            copy.Sort(CompareOccurrences);
            sorted = copy;
        }

        var duplicates = new List<(KeyOccurrence, KeyOccurrence)>();
        var firstUses = new FirstUses(sorted);
        for (int i = 0; i < sorted.Count; i++)
        {
            int original = firstUses.FirstOrAdd(i);
            if (original != i)
            {
                duplicates.Add((sorted[i], sorted[original]));
            }
        }

        return duplicates;
    }

    private static int CompareOccurrences(KeyOccurrence a, KeyOccurrence b)
    {
        int byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.Start.CompareTo(b.Start);
    }

    private static bool IsStrictlyAscending(IReadOnlyList<KeyOccurrence> occurrences)
    {
        for (int i = 1; i < occurrences.Count; i++)
        {
            if (CompareOccurrences(occurrences[i - 1], occurrences[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The duplicates a per-file check cannot see: the first use of a key in its file, when another
    /// file used it before. Later uses in the same file are the per-file check's to report.
    /// </summary>
    public static IEnumerable<(KeyOccurrence Duplicate, KeyOccurrence First)> AcrossFiles(IEnumerable<KeyOccurrence> occurrences)
    {
        var firstInFile = new HashSet<(string Path, string Key)>();
        foreach (var pair in Find(occurrences))
        {
            bool otherFile = !string.Equals(pair.Duplicate.Path, pair.First.Path, StringComparison.Ordinal);
            if (otherFile && firstInFile.Add((pair.Duplicate.Path, pair.Duplicate.Key.ToUpperInvariant())))
            {
                yield return pair;
            }
        }
    }

    /// <summary>
    /// LBX0201 for each duplicate <see cref="AcrossFiles"/> finds, its message naming the first use
    /// as "data/a.lbx.json(3,61)"; <paramref name="locate"/> gives an occurrence's 1-based line and column,
    /// <paramref name="showPath"/> the file's path as the caller prints its diagnostics' own paths.
    /// </summary>
    public static IEnumerable<(KeyOccurrence Duplicate, KeyOccurrence First, Problem Problem)> AcrossFilesProblems(
        IEnumerable<KeyOccurrence> occurrences, Func<KeyOccurrence, (int Line, int Column)> locate, Func<string, string> showPath)
    {
        foreach (var (duplicate, first) in AcrossFiles(occurrences))
        {
            var (line, column) = locate(first);
            var problem = new Problem(RuleCatalog.DuplicateGlobalKey, duplicate.Start, duplicate.Length,
                new[] { GlobalKeys.Show(duplicate.Key), LineMap.DescribeInFile(showPath(first.Path), line, column) });
            yield return (duplicate, first, problem);
        }
    }
}
