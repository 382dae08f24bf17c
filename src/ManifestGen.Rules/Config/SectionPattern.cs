using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ManifestGen.Rules.Config;

/// <summary>
/// An `.editorconfig` section name (`[*.lbx.json]`, `[data/**.lbx.json]`, `[{a,b}/*.json]`) as a
/// matcher of paths relative to the config's folder, with the rules the compiler applies to C# files:
/// a name without `/` matches at any depth, one with `/` is anchored at the config's folder; `*` stays
/// within a folder, `**` crosses folders, `?` is one character, `{a,b}` a choice, `{1..9}` a number
/// range, `[…]`/`[!…]` a character class, `\` escapes. Matching is ordinal, like the compiler's.
/// </summary>
internal sealed class SectionPattern
{
    // User-written patterns run against short paths; the limit only stops a pathological one.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex regex;

    /// <summary>The bounds of each number range, in the order of the regex's capture groups.</summary>
    private readonly (int Min, int Max)[] ranges;

    private SectionPattern(Regex regex, (int Min, int Max)[] ranges)
    {
        this.regex = regex;
        this.ranges = ranges;
    }

    /// <summary>The matcher for a section name, or null when the name is not a valid pattern (the section is then ignored).</summary>
    public static SectionPattern? TryCreate(string sectionName)
    {
        if (sectionName.Length == 0)
        {
            return null;
        }

        var pattern = new StringBuilder("^");
        if (sectionName.IndexOf('/') < 0)
        {
            pattern.Append(".*/");
        }
        else if (sectionName[0] != '/')
        {
            pattern.Append('/');
        }

        var ranges = new List<(int Min, int Max)>();
        int position = 0;
        if (!AppendSequence(sectionName, ref position, pattern, ranges, inChoice: false))
        {
            return null;
        }

        pattern.Append('$');
        try
        {
            return new SectionPattern(new Regex(pattern.ToString(), RegexOptions.CultureInvariant, MatchTimeout), ranges.ToArray());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether a path relative to the config's folder, starting with `/` (`/data/a.lbx.json`), matches.</summary>
    public bool IsMatch(string relativePath)
    {
        Match match;
        try
        {
            match = regex.Match(relativePath);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        for (int i = 0; i < ranges.Length; i++)
        {
            if (!int.TryParse(match.Groups[i + 1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)
                || number < ranges[i].Min || number > ranges[i].Max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Appends the items from <paramref name="i"/> on. Inside a choice it stops at the `,` or `}`
    /// that ends an alternative (left for the caller); outside one, those characters are errors.
    /// </summary>
    private static bool AppendSequence(string glob, ref int i, StringBuilder pattern, List<(int Min, int Max)> ranges, bool inChoice)
    {
        while (i < glob.Length)
        {
            char c = glob[i];
            switch (c)
            {
                case '*':
                    bool twoStars = i + 1 < glob.Length && glob[i + 1] == '*';
                    pattern.Append(twoStars ? ".*" : "[^/]*");
                    i += twoStars ? 2 : 1;
                    break;
                case '?':
                    pattern.Append('.');
                    i++;
                    break;
                case '[':
                    i++;
                    if (!AppendCharacterClass(glob, ref i, pattern))
                    {
                        return false;
                    }

                    break;
                case '{':
                    if (!AppendBraces(glob, ref i, pattern, ranges))
                    {
                        return false;
                    }

                    break;
                case ',':
                case '}':
                    return inChoice;
                case '\\':
                    if (i + 1 >= glob.Length)
                    {
                        return false;
                    }

                    pattern.Append(Regex.Escape(glob[i + 1].ToString()));
                    i += 2;
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }

        // A choice that reaches the end was never closed.
        return !inChoice;
    }

    /// <summary>`{n..m}` or `{a,b,…}`, from the `{` at <paramref name="i"/>.</summary>
    private static bool AppendBraces(string glob, ref int i, StringBuilder pattern, List<(int Min, int Max)> ranges)
    {
        Match range = Regex.Match(glob.Substring(i), @"^\{(-?[0-9]+)\.\.(-?[0-9]+)\}");
        if (range.Success)
        {
            if (!int.TryParse(range.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int from)
                || !int.TryParse(range.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int to))
            {
                return false;
            }

            // Any integer is captured; its bounds are checked outside the regex.
            pattern.Append("(-?[0-9]+)");
            ranges.Add((Math.Min(from, to), Math.Max(from, to)));
            i += range.Length;
            return true;
        }

        i++;
        pattern.Append("(?:");
        while (AppendSequence(glob, ref i, pattern, ranges, inChoice: true))
        {
            char end = glob[i++];
            if (end == '}')
            {
                pattern.Append(')');
                return true;
            }

            pattern.Append('|');
        }

        return false;
    }

    /// <summary>`[abc]`, `[a-z]` or `[!abc]`, from just after the `[`.</summary>
    private static bool AppendCharacterClass(string glob, ref int i, StringBuilder pattern)
    {
        pattern.Append('[');
        if (i < glob.Length && glob[i] == '!')
        {
            pattern.Append('^');
            i++;
        }

        bool empty = true;
        while (i < glob.Length)
        {
            char c = glob[i++];
            switch (c)
            {
                case ']':
                    pattern.Append(']');
                    return !empty;
                case '-':
                    pattern.Append('-');
                    break;
                case '\\':
                    if (i >= glob.Length)
                    {
                        return false;
                    }

                    // A letter or digit after `\` would be a regex escape (\d); it means just itself here.
                    char escaped = glob[i++];
                    pattern.Append(char.IsLetterOrDigit(escaped) ? escaped.ToString() : "\\" + escaped);
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }

            empty = false;
        }

        return false;
    }
}
