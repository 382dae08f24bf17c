using System;
using ManifestGen.Rules.Keys;

namespace ManifestGen.Rules.Tests.Keys;

public class GlobalKeysTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("image-001.jpg")]
    [InlineData("https://lb-test-data.s3.us-west-1.amazonaws.com/image-samples/sample-image-1.jpg")]
    [InlineData("a b")]
    [InlineData("!_.*'()&$@=;/:+,?-")]
    [InlineData("Ünïcödé 日本 ٣")]
    public void ValidKeys(string key) => Assert.Null(GlobalKeys.Check(key));

    /// <summary>
    /// Every UTF-16 unit, early in a short key, early in a long key (where a vector of characters is
    /// judged at once) and after a run longer than a vector: refused exactly when it is not a letter, a
    /// digit, a space or allowed punctuation, at its position.
    /// </summary>
    [Fact]
    public void EveryCharacterIsJudgedAsTheRuleSays()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool allowed = char.IsLetterOrDigit(ch) || ch == ' ' || GlobalKeys.AllowedPunctuation.Contains(ch, System.StringComparison.Ordinal);
            foreach (var (prefix, suffix) in new[] { ("a", "b"), ("abcde", "b" + new string('y', 40)), ("img-000001/" + new string('x', 40), "b") })
            {
                string? reason = GlobalKeys.Check(prefix + ch + suffix);
                if (allowed)
                {
                    Assert.Null(reason);
                }
                else
                {
                    Assert.NotNull(reason);
                    Assert.Contains(" at position " + (prefix.Length + 1) + " is not allowed", reason, System.StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void LoneSurrogateIsNamedNotEchoed() =>
        Assert.StartsWith("U+D800 at position 2 is not allowed", GlobalKeys.Check("a\uD800"), System.StringComparison.Ordinal);

    [Fact]
    public void TwoHundredCharactersIsTheLimit()
    {
        Assert.Null(GlobalKeys.Check(new string('a', 200)));
        Assert.Equal("it is 201 characters long and the limit is 200", GlobalKeys.Check(new string('a', 201)));
    }

    [Theory]
    [InlineData("", "it is empty; give the row a unique key or leave global_key out")]
    [InlineData(" a", "it starts or ends with a space")]
    [InlineData("a ", "it starts or ends with a space")]
    [InlineData(" ", "it starts or ends with a space")]
    [InlineData("a  b", "it has two spaces in a row at position 2")]
    [InlineData("a%b", "'%' at position 2 is not allowed (use letters, digits, spaces and !_.*'()&$@=;/:+,?-)")]
    [InlineData("a\"b", "'\"' at position 2 is not allowed")]
    [InlineData("a\\b", "'\\' at position 2 is not allowed")]
    [InlineData("a#b%c", "'#' at position 2 is not allowed")]
    [InlineData("a\nb", "U+000A at position 2 is not allowed")]
    [InlineData("a\u00A0b", "'\u00A0' at position 2 is not allowed")]
    public void InvalidKeysSayWhy(string key, string reason) => Assert.StartsWith(reason, GlobalKeys.Check(key), System.StringComparison.Ordinal);

    [Fact]
    public void EveryReasonIsGivenAtOnce()
    {
        string key = " " + new string('a', 200) + "  %";
        Assert.Equal("it is 204 characters long and the limit is 200; it starts or ends with a space; it has two spaces in a row at position 202; "
            + "'%' at position 204 is not allowed (use letters, digits, spaces and !_.*'()&$@=;/:+,?-)", GlobalKeys.Check(key));
    }

    [Fact]
    public void SameKeyIgnoresCase()
    {
        Assert.True(GlobalKeys.SameKey("Cat-1".AsSpan(), "cAT-1".AsSpan()));
        Assert.Equal(GlobalKeys.HashKey("Cat-1".AsSpan()), GlobalKeys.HashKey("CAT-1".AsSpan()));
        Assert.False(GlobalKeys.SameKey("cat-1".AsSpan(), "cat-2".AsSpan()));
        Assert.False(GlobalKeys.SameKey("Straße-1".AsSpan(), "STRASSE-1".AsSpan()));
        Assert.True(GlobalKeys.SameKey("straße-é".AsSpan(), "STRAßE-É".AsSpan()));
        Assert.Equal(GlobalKeys.HashKey("straße-é".AsSpan()), GlobalKeys.HashKey("STRAßE-É".AsSpan()));
    }

    /// <summary>
    [Theory]
    [InlineData("\u0131d", "ID")]
    [InlineData("\u017Fky", "SKY")]
    public void ALetterWhoseInvariantUpperCaseIsAscii_HashesAsThatLetter(string key, string ascii)
    {
        // .NET keeps these apart (SameKey is false); a .NET Framework host of the analyzer, whose casing table maps them
        // to ASCII, may compare them equal, and must then hash them equal. The runtime's own table decides which.
        bool foldsToAscii = char.ToUpperInvariant(key[0]) < 0x80;
        Assert.Equal(foldsToAscii, GlobalKeys.HashKey(ascii.AsSpan()) == GlobalKeys.HashKey(key.AsSpan()));
        Assert.True(key[0] != '\u017F' || foldsToAscii, "U+017F's invariant upper case is 'S' on this runtime");
    }

    /// SameKey is ordinal case-insensitive comparison, the rule keys were compared by as strings, and HashKey agrees with
    /// it: every UTF-16 unit against its upper and lower case forms and every ASCII character, and each supplementary
    /// letter against its case forms (the comparison maps surrogate pairs as one character).
    /// </summary>
    [Fact]
    public void SameKeyIsOrdinalIgnoreCaseAndHashKeyAgrees()
    {
        StringComparer strings = StringComparer.OrdinalIgnoreCase;
        void Agree(string a, string b)
        {
            bool same = strings.Equals(a, b);
            Assert.True(same == GlobalKeys.SameKey(a.AsSpan(), b.AsSpan()), $"U+{(int)a[0]:X4} vs U+{(int)b[0]:X4}");
            Assert.True(!same || GlobalKeys.HashKey(a.AsSpan()) == GlobalKeys.HashKey(b.AsSpan()), $"hash of U+{(int)a[0]:X4} vs U+{(int)b[0]:X4}");
        }

        for (int c = 0; c <= char.MaxValue; c++)
        {
            string key = "k-" + (char)c;
            Agree(key, "k-" + char.ToUpperInvariant((char)c));
            Agree(key, "K-" + char.ToLowerInvariant((char)c));
            for (char ascii = '\0'; ascii < 0x80; ascii++)
            {
                Agree(key, "K-" + ascii);
            }
        }

        for (int codePoint = 0x10000; codePoint <= 0x1FFFF; codePoint++)
        {
            string key = char.ConvertFromUtf32(codePoint);
            Agree(key, key.ToUpperInvariant());
            Agree(key, key.ToLowerInvariant());
        }
    }

    /// <summary>HashKey reads four characters at a time: a character agrees with its case forms in every place of a block and of the tail.</summary>
    [Fact]
    public void HashKeyAgreesWithSameKeyInEveryPlaceOfALongKey()
    {
        const string Key = "photo-2026-x";
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string upper = char.ToUpperInvariant((char)c).ToString();
            string lower = char.ToLowerInvariant((char)c).ToString();
            for (int at = 0; at <= Key.Length; at++)
            {
                string a = Key.Insert(at, ((char)c).ToString());
                foreach (string b in new[] { Key.ToUpperInvariant().Insert(at, upper), Key.Insert(at, lower) })
                {
                    Assert.True(!GlobalKeys.SameKey(a.AsSpan(), b.AsSpan()) || GlobalKeys.HashKey(a.AsSpan()) == GlobalKeys.HashKey(b.AsSpan()), $"U+{c:X4} at {at}");
                }
            }
        }

        Assert.NotEqual(GlobalKeys.HashKey("photo-2026-xa".AsSpan()), GlobalKeys.HashKey("photo-2026-xb".AsSpan()));
        Assert.NotEqual(GlobalKeys.HashKey("photo-2026-ab".AsSpan()), GlobalKeys.HashKey("photo-2026-ba".AsSpan()));
    }

    [Fact]
    public void ShowQuotesSafely()
    {
        Assert.Equal("a\\u000Ab", GlobalKeys.Show("a\nb"));
        Assert.Equal("plain", GlobalKeys.Show("plain"));
    }
}
