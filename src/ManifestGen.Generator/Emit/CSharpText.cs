using System.Globalization;
using System.Text;

namespace ManifestGen.Generator.Emit;

/// <summary>
/// Puts user-controlled text into generated C# safely: as string literals, identifiers and doc
/// comments. Whatever a manifest name or path holds, it can never become code.
/// </summary>
internal static class CSharpText
{
    private static readonly string[] Keywords =
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>A regular C# string literal: quotes, backslashes and every non-printable character escaped.</summary>
    public static string Literal(string? value)
    {
        if (value == null)
        {
            return "null";
        }

        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u007F' || (c >= '\u0080' && c < '\u00A0') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c == '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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

    /// <summary>A symbol's name as C# source: a keyword gets '@' (<c>class</c> → <c>@class</c>).</summary>
    public static string Identifier(string name) => System.Array.IndexOf(Keywords, name) >= 0 ? "@" + name : name;

    /// <summary>
    /// A PascalCase identifier from arbitrary text: words split at anything that is not a letter or
    /// digit ("cats 2026-v2" → "Cats2026V2"); a leading digit gets an underscore, an empty result
    /// becomes <paramref name="fallback"/>.
    /// </summary>
    public static string PascalIdentifier(string text, string fallback)
    {
        var sb = new StringBuilder(text.Length);
        bool upperNext = true;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (sb.Length == 0)
        {
            return fallback;
        }

        if (char.IsDigit(sb[0]))
        {
            sb.Insert(0, '_');
        }

        string name = sb.ToString();
        return System.Array.IndexOf(Keywords, name) >= 0 ? "@" + name : name;
    }

    /// <summary>A dotted namespace made of valid identifiers, or "" when nothing usable is left.</summary>
    public static string Namespace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var parts = text!.Split('.');
        var sb = new StringBuilder();
        foreach (string part in parts)
        {
            string identifier = PascalIdentifier(part, "");
            if (identifier.Length == 0)
            {
                continue;
            }

            // Namespace segments keep the user's own casing when already valid.
            string segment = IsIdentifier(part) ? (System.Array.IndexOf(Keywords, part) >= 0 ? "@" + part : part) : identifier;
            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(segment);
        }

        return sb.ToString();
    }

    /// <summary>Text for inside an XML doc comment: escaped, one line.</summary>
    public static string XmlDoc(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    sb.Append(c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? ' ' : char.IsSurrogate(c) ? '?' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
