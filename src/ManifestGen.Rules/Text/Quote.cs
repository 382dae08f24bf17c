using System.Globalization;
using System.Text;

namespace ManifestGen.Rules.Text;

/// <summary>
/// Makes user text safe to show inside a one-line message: control characters and line breaks
/// become \uXXXX and long values are shortened, so a hostile value cannot forge output lines.
/// </summary>
internal static class Quote
{
    public const int MaxShown = 120;

    public static string Safe(string value)
    {
        bool clean = value.Length <= MaxShown;
        if (clean)
        {
            foreach (char c in value)
            {
                if (IsUnsafe(c))
                {
                    clean = false;
                    break;
                }
            }
        }

        if (clean)
        {
            return value;
        }

        var sb = new StringBuilder(System.Math.Min(value.Length, MaxShown) + 16);
        int shown = System.Math.Min(value.Length, MaxShown);
        for (int i = 0; i < shown; i++)
        {
            char c = value[i];
            if (IsUnsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        if (value.Length > MaxShown)
        {
            sb.Append("… (").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return sb.ToString();
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c >= '\u0080' && c < '\u00A0');
}
