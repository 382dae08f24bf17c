using System.Globalization;
using System.Text;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Json;

/// <summary>
/// Writes a value as a JSON string token (RFC 8259), quotes included: what a code fix puts back into
/// a manifest. Quote, backslash and control characters are escaped, and so are U+2028/U+2029 and
/// lone surrogates, so the token stays valid JSON, one line, and encodable as UTF-8.
/// </summary>
internal static class JsonStringEncoder
{
    public static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || Surrogates.IsLone(value, i))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
