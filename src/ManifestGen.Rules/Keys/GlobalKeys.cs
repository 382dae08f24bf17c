using System;
using System.Collections.Generic;
using System.Globalization;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Keys;

/// <summary>
/// Labelbox global keys: at most 200 characters, no leading, trailing or double spaces, only
/// letters, digits, space and ! _ . * ' ( ) &amp; $ @ = ; / : + , ? -; unique in an organization,
/// ignoring case.
/// </summary>
internal static class GlobalKeys
{
    public const int MaxLength = 200;

    public const string AllowedPunctuation = "!_.*'()&$@=;/:+,?-";

    /// <summary>The characters from ' ' to 'z' that are neither letters, digits, a space nor <see cref="AllowedPunctuation"/>.</summary>
    private const string NotAllowedAscii = "\"#%<>[\\]^`";

    public static readonly System.StringComparer Comparer = System.StringComparer.OrdinalIgnoreCase;

    /// <summary>Null for a valid key; otherwise an LBX0202 finding that gives every reason.</summary>
    public static Finding? Find(string key)
    {
        string? reason = Check(key);
        return reason == null ? null : new Finding(RuleCatalog.InvalidGlobalKey, RowElement.GlobalKey, null, Show(key), reason);
    }

    /// <summary>Every reason the key is invalid, joined into one clause; null when it is valid.</summary>
    public static string? Check(string key)
    {
        if (key.Length == 0)
        {
            return "it is empty; give the row a unique key or leave global_key out";
        }

        // Allocated only for an invalid key: valid keys are checked by the hundred thousand.
        List<string>? reasons = null;
        if (key.Length > MaxLength)
        {
            (reasons ??= new List<string>()).Add("it is " + key.Length.ToString(CultureInfo.InvariantCulture) + " characters long and the limit is " + MaxLength.ToString(CultureInfo.InvariantCulture));
        }

        if (key[0] == ' ' || key[key.Length - 1] == ' ')
        {
            (reasons ??= new List<string>()).Add("it starts or ends with a space");
        }

        int doubleSpace = key.IndexOf("  ", System.StringComparison.Ordinal);
        if (doubleSpace >= 0)
        {
            (reasons ??= new List<string>()).Add("it has two spaces in a row at position " + (doubleSpace + 1).ToString(CultureInfo.InvariantCulture));
        }

        int bad = FirstNotAllowed(key);
        if (bad >= 0)
        {
            (reasons ??= new List<string>()).Add(JsonDescribe(key[bad]) + " at position " + (bad + 1).ToString(CultureInfo.InvariantCulture)
                + " is not allowed (use letters, digits, spaces and " + AllowedPunctuation + ")");
        }

        return reasons is null ? null : string.Join("; ", reasons);
    }

    /// <summary>The first character that is not a letter, a digit, a space or allowed punctuation, or -1.</summary>
    private static int FirstNotAllowed(string key)
    {
        // Keys are mostly ASCII from ' ' to 'z', where only NotAllowedAscii is refused: two vectorized
        // searches instead of a test a character. Past that run, each character is tested.
        int run = CharRanges.IndexOfOutside(key.AsSpan(), ' ', 'z');
        int runEnd = run < 0 ? key.Length : run;
        int bad = key.AsSpan(0, runEnd).IndexOfAny(NotAllowedAscii.AsSpan());
        if (bad >= 0)
        {
            return bad;
        }

        for (int i = runEnd; i < key.Length; i++)
        {
            char c = key[i];
            if (!char.IsLetterOrDigit(c) && c != ' ' && AllowedPunctuation.IndexOf(c) < 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string JsonDescribe(char c) => Json.JsonCursor.Describe(c);

    /// <summary>The key as shown in messages.</summary>
    public static string Show(string key) => Quote.Safe(key);
}
