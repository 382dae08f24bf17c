using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
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

    /// <summary>The ASCII characters a key may hold besides the space, made from the rule itself (<see cref="IsAllowed"/>).</summary>
    private static readonly bool[] AsciiAllowedNotSpace = MakeAsciiAllowedNotSpace();

    /// <summary>Whether two keys are the same key to Labelbox: <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    public static bool SameKey(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A hash that agrees with <see cref="SameKey"/>: the length, and each ASCII character with its letters
    /// folded to upper case. A character outside ASCII counts only as "not ASCII", its own case mapping being the
    /// runtime's to decide, unless its invariant upper case is ASCII (U+0131 'ı' to 'I', U+017F 'ſ' to 'S'): .NET
    /// keeps those apart, but the .NET Framework that hosts analyzers in Visual Studio may not, so they hash as
    /// that letter there and everywhere (a collision at worst, never a duplicate missed).
    /// </summary>
    public static int HashKey(ReadOnlySpan<char> key)
    {
        ulong hash = 0x9E3779B97F4A7C15ul ^ (ulong)key.Length;
        // Four characters at a time, folded together while all four are ASCII (keys nearly always are): a table of
        // 100,000 keys hashes every one of them.
        ReadOnlySpan<ulong> blocks = MemoryMarshal.Cast<char, ulong>(key);
        foreach (ulong block in blocks)
        {
            hash = Mix(hash, (block & 0xFF80_FF80_FF80_FF80ul) == 0 ? FoldAscii(block) : FoldEach(block));
        }

        for (int i = blocks.Length * 4; i < key.Length; i++)
        {
            hash = Mix(hash, Fold(key[i]));
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDul;
        return (int)(hash ^ (hash >> 32));
    }

    private static ulong Mix(ulong hash, ulong block)
    {
        hash = (hash ^ block) * 0x100000001B3ul;
        return (hash << 23) | (hash >> 41);
    }

    /// <summary>Four ASCII characters with 'a'–'z' made upper case, each in its 16 bits (no carry crosses them).</summary>
    private static ulong FoldAscii(ulong block)
    {
        const ulong Lanes = 0x0001_0001_0001_0001ul;
        // Bit 7 of a lane is set in the first sum from 'a' up, in the second from past 'z' up.
        ulong fromA = block + ((0x80 - 'a') * Lanes);
        ulong pastZ = block + ((0x80 - 'z' - 1) * Lanes);
        ulong lower = fromA & ~pastZ & (0x80 * Lanes);
        return block - (lower >> 2);
    }

    /// <summary>The same four characters folded one at a time, for a block with a character outside ASCII.</summary>
    private static ulong FoldEach(ulong block) =>
        Fold((char)block) | ((ulong)Fold((char)(block >> 16)) << 16) | ((ulong)Fold((char)(block >> 32)) << 32) | ((ulong)Fold((char)(block >> 48)) << 48);

    private static uint Fold(char c) => c < 0x80 ? ((uint)(c - 'a') <= 'z' - 'a' ? (uint)(c - 0x20) : c) : NonAscii(c);

    private static uint NonAscii(char c)
    {
        char upper = char.ToUpperInvariant(c);
        return upper < 0x80 ? upper : 0x80u;
    }

    /// <summary>Null for a valid key; otherwise an LBX0202 finding that gives every reason.</summary>
    public static Finding? Find(ReadOnlySpan<char> key)
    {
        string? reason = Check(key);
        return reason == null ? null : new Finding(RuleCatalog.InvalidGlobalKey, RowElement.GlobalKey, null, Show(key.ToString()), reason);
    }

    /// <summary>Every reason the key is invalid, joined into one clause; null when it is valid.</summary>
    public static string? Check(string key) => Check(key.AsSpan());

    /// <summary>Every reason the key is invalid, joined into one clause; null when it is valid.</summary>
    public static string? Check(ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
        {
            return "it is empty; give the row a unique key or leave global_key out";
        }

        if (IsPlainlyValid(key))
        {
            return null;
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

        int doubleSpace = key.IndexOf("  ".AsSpan());
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
    private static int FirstNotAllowed(ReadOnlySpan<char> key)
    {
        // Keys are mostly ASCII from ' ' to 'z', where only NotAllowedAscii is refused: two vectorized
        // searches instead of a test a character. Past that run, each character is tested.
        int run = CharRanges.IndexOfOutside(key, ' ', 'z');
        int runEnd = run < 0 ? key.Length : run;
        int bad = key.Slice(0, runEnd).IndexOfAny(NotAllowedAscii.AsSpan());
        if (bad >= 0)
        {
            return bad;
        }

        for (int i = runEnd; i < key.Length; i++)
        {
            if (!IsAllowed(key[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the key is valid for a reason that is quick to see: at most <see cref="MaxLength"/>
    /// characters, all allowed ASCII and none a space. Keys come by the hundred thousand and nearly all
    /// are like that: one pass, a vector at a time, instead of the three searches that find the reasons.
    /// </summary>
    private static bool IsPlainlyValid(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxLength)
        {
            return false;
        }

        int i = 0;
        if (Vector.IsHardwareAccelerated && span.Length >= Vector<ushort>.Count)
        {
            ReadOnlySpan<Vector<ushort>> vectors = MemoryMarshal.Cast<char, Vector<ushort>>(span);
            // '!' to 'z' less NotAllowedAscii; subtracting wraps below the low end, so one unsigned
            // comparison tests both ends of a range.
            var bang = new Vector<ushort>('!');
            var bangToZ = new Vector<ushort>('z' - '!');
            var quote = new Vector<ushort>('"');
            var quoteToHash = new Vector<ushort>('#' - '"');
            var percent = new Vector<ushort>('%');
            var less = new Vector<ushort>('<');
            var greater = new Vector<ushort>('>');
            var bracket = new Vector<ushort>('[');
            var bracketToCaret = new Vector<ushort>('^' - '[');
            var backtick = new Vector<ushort>('`');
            for (; i < vectors.Length; i++)
            {
                Vector<ushort> v = vectors[i];
                Vector<ushort> refused = Vector.GreaterThan(v - bang, bangToZ)
                    | Vector.LessThanOrEqual(v - quote, quoteToHash)
                    | Vector.LessThanOrEqual(v - bracket, bracketToCaret)
                    | Vector.Equals(v, percent) | Vector.Equals(v, less) | Vector.Equals(v, greater) | Vector.Equals(v, backtick);
                if (!Vector.EqualsAll(refused, Vector<ushort>.Zero))
                {
                    return false;
                }
            }

            i *= Vector<ushort>.Count;
        }

        bool[] allowed = AsciiAllowedNotSpace;
        for (; i < span.Length; i++)
        {
            char c = span[i];
            if (c >= allowed.Length || !allowed[c])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) => char.IsLetterOrDigit(c) || c == ' ' || AllowedPunctuation.IndexOf(c) >= 0;

    private static bool[] MakeAsciiAllowedNotSpace()
    {
        var allowed = new bool[128];
        for (int c = 0; c < allowed.Length; c++)
        {
            allowed[c] = c != ' ' && IsAllowed((char)c);
        }

        return allowed;
    }

    private static string JsonDescribe(char c) => Json.JsonCursor.Describe(c);

    /// <summary>The key as shown in messages.</summary>
    public static string Show(string key) => Quote.Safe(key);
}
