using System;
using System.Text.Json;

namespace ManifestGen.Sandbox.Import;

/// <summary>Which of a few known property names the reader is at: every property of every row is looked up so.</summary>
internal static class PropertyNames
{
    /// <summary>The index in <paramref name="names"/> (UTF-8) of the property name at the reader; -1 for none.</summary>
    public static int IndexOf(ref Utf8JsonReader reader, byte[][] names)
    {
        if (!reader.ValueIsEscaped)
        {
            // An unescaped name is its own UTF-8: compared as bytes, without the reader's escape handling per comparison.
            ReadOnlySpan<byte> name = reader.ValueSpan;
            for (int i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
