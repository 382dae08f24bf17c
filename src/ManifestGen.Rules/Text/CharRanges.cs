using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ManifestGen.Rules.Text;

/// <summary>
/// Finds the first character outside a range, a vector of characters at a time: the hot loops of a
/// manifest check (every URL, every global key) are long runs of ordinary characters where
/// one odd character matters. netstandard2.0 has no IndexOfAnyExceptInRange; <see cref="Vector{T}"/>
/// is the host runtime's own type and uses the vector width it has.
/// </summary>
internal static class CharRanges
{
    /// <summary>The index of the first character of <paramref name="span"/> below <paramref name="low"/> or above <paramref name="high"/>, or -1.</summary>
    public static int IndexOfOutside(ReadOnlySpan<char> span, char low, char high)
    {
        int i = 0;
        uint width = (uint)(high - low);
        if (Vector.IsHardwareAccelerated && span.Length >= Vector<ushort>.Count)
        {
            ReadOnlySpan<Vector<ushort>> vectors = MemoryMarshal.Cast<char, Vector<ushort>>(span);
            var lows = new Vector<ushort>(low);
            var widths = new Vector<ushort>((ushort)width);
            int v = 0;
            // Subtracting wraps below low, so one unsigned comparison tests both ends of the range.
            while (v < vectors.Length && !Vector.GreaterThanAny(vectors[v] - lows, widths))
            {
                v++;
            }

            i = v * Vector<ushort>.Count;
        }

        for (; i < span.Length; i++)
        {
            if ((uint)(span[i] - low) > width)
            {
                return i;
            }
        }

        return -1;
    }
}
