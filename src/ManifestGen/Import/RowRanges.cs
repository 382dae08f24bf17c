using System;
using System.Collections.Generic;

namespace ManifestGen.Import;

/// <summary>
/// A set of input indexes as ascending [start, end) pairs, flattened (<c>[0, 5, 9, 10]</c> is rows 0-4 and 9): a sync's
/// decision over 150,000 rows that are mostly in runs is a few numbers in the journal rather than 150,000.
/// </summary>
internal sealed class RowRanges
{
    private readonly IReadOnlyList<long> _bounds;

    /// <exception cref="FormatException">The bounds are not ascending pairs.</exception>
    public RowRanges(IReadOnlyList<long> bounds)
    {
        if (bounds.Count % 2 != 0)
        {
            throw new FormatException("row ranges need a start and an end each");
        }

        for (int i = 0; i < bounds.Count; i++)
        {
            if (bounds[i] < (i == 0 ? 0 : bounds[i - 1]) || (i % 2 == 1 && bounds[i] == bounds[i - 1]))
            {
                throw new FormatException("row ranges must be ascending and not empty");
            }
        }

        _bounds = bounds;
    }

    /// <summary>The flattened pairs, as the journal records them.</summary>
    public IReadOnlyList<long> Bounds => _bounds;

    /// <summary>The ranges of ascending <paramref name="indexes"/>.</summary>
    public static RowRanges Of(IEnumerable<long> indexes)
    {
        var bounds = new List<long>();
        foreach (long index in indexes)
        {
            if (bounds.Count > 0 && bounds[^1] == index)
            {
                bounds[^1] = index + 1;
            }
            else
            {
                bounds.Add(index);
                bounds.Add(index + 1);
            }
        }

        return new RowRanges(bounds);
    }

    public bool Contains(long index)
    {
        // The last start at or before index, then whether index is before its end.
        int low = 0, high = (_bounds.Count / 2) - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (_bounds[middle * 2] <= index)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && index < _bounds[(found * 2) + 1];
    }
}
