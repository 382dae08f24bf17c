namespace ManifestGen.Rules.Text;

/// <summary>
/// Lone UTF-16 surrogates: a JSON escape such as <c>\ud800</c> reads into a string, but no UTF-8
/// text can hold it, so what writes the string out as UTF-8 must escape it, refuse it or alter it.
/// </summary>
internal static class Surrogates
{
    /// <summary>Whether the character at <paramref name="i"/> is a surrogate without its other half.</summary>
    public static bool IsLone(string value, int i)
    {
        char c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }

    /// <summary>The index of the first lone surrogate in <paramref name="value"/> from <paramref name="start"/> on, or -1.</summary>
    public static int FindLone(string value, int start = 0)
    {
        for (int i = start; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && IsLone(value, i))
            {
                return i;
            }
        }

        return -1;
    }
}
