using System;
using System.Collections.Generic;
using System.Text;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Json;

/// <summary>
/// Half a UTF-16 surrogate pair in a string, as an escape or a character, is a syntax error at that half:
/// UTF-8 cannot carry it, so the build flags it rather than the import sending it altered.
/// </summary>
public class JsonCursorSurrogateTests
{
    private const string Tail = " is half of a UTF-16 surrogate pair, alone: it stands for no character and UTF-8 cannot carry it;"
        + " write the character itself or both halves of its pair";

    [Theory]
    [InlineData("\"a\\ud800\"", 2, "'\\ud800'")]
    [InlineData("\"a\\udc00b\"", 2, "'\\udc00'")]
    [InlineData("\"\\uDBFF\\u0041\"", 1, "'\\uDBFF'")]
    [InlineData("\"\\uD83D\\uD83D\\uDE00\"", 1, "'\\uD83D'")]
    [InlineData("\"\\uD83Dx\"", 1, "'\\uD83D'")]
    [InlineData("\"\\uD83D\\n\"", 1, "'\\uD83D'")]
    [InlineData("\"\\uDE00\\uD83D\"", 1, "'\\uDE00'")]
    [InlineData("[\"ok\", {\"\\ud800\": 1}]", 9, "'\\ud800'")]
    public void AnEscapedHalfIsAnErrorAtItsBackslash(string text, int position, string what) =>
        IsLone(text, position, what);

    // Raw halves are built in code, not in [InlineData], where a test runner may not carry them intact.
    [Fact]
    public void ACharacterHalfIsAnErrorAtIt()
    {
        IsLone("\"a" + '\uD800' + "b\"", 2, "U+D800");
        IsLone("\"a" + '\uDC00' + "\"", 2, "U+DC00");
        IsLone("\"" + '\uD800' + "\"", 1, "U+D800");
        IsLone("\"" + '\uD800' + "\\n\"", 1, "U+D800");
        IsLone("\"" + '\uDE00' + '\uD83D' + "\"", 1, "U+DE00");
    }

    [Fact]
    public void WholePairsRead_WrittenEitherWay()
    {
        const string Smile = "\U0001F600";
        string[] texts =
        {
            "\"x" + Smile + "y\"",
            "\"\\uD83D\\uDE00\"",
            "\"\\uD83D" + Smile[1] + "\"",
            "\"" + Smile[0] + "\\uDE00\"",
            "\"\\u00e9" + Smile + "\\n\"",
        };
        string[] expected = { "x" + Smile + "y", Smile, Smile, Smile, "\u00e9" + Smile + "\n" };
        for (int i = 0; i < texts.Length; i++)
        {
            var cursor = new JsonCursor(texts[i], 8);
            Assert.Equal(expected[i], cursor.GetString(cursor.ReadString()));
        }
    }

    [Fact]
    public void AgreesWithTheImportsCheck_OnHalvesWrittenEitherWay()
    {
        // Pieces of JSON string content, each one UTF-16 unit, raw or escaped, surrogate halves included.
        (string Json, char Unit)[] pieces =
        {
            ("a", 'a'), ("\\n", '\n'), ("\\u0041", 'A'), ("\u00e9", '\u00e9'), ("\\uD83D", '\uD83D'), ("\\ude00", '\uDE00'),
            ("\uD83D", '\uD83D'), ("\uDE00", '\uDE00'), ("\\udbff", '\uDBFF'), ("\uDC00", '\uDC00'),
        };
        var random = new Random(20261126);
        int lone = 0;
        for (int n = 0; n < 2000; n++)
        {
            var json = new StringBuilder("\"");
            var units = new StringBuilder();
            var offsets = new List<int>();
            for (int k = random.Next(1, 7); k > 0; k--)
            {
                var (piece, unit) = pieces[random.Next(pieces.Length)];
                offsets.Add(json.Length);
                json.Append(piece);
                units.Append(unit);
            }

            string text = json.Append('"').ToString();
            int expected = Surrogates.FindLone(units.ToString());
            var cursor = new JsonCursor(text, 8);
            if (expected < 0)
            {
                Assert.Equal(units.ToString(), cursor.GetString(cursor.ReadString()));
            }
            else
            {
                lone++;
                Assert.Equal(offsets[expected], Assert.Throws<JsonSyntaxException>(() => cursor.ReadString()).Position);
            }
        }

        Assert.InRange(lone, 500, 1900);
    }

    private static void IsLone(string text, int position, string what)
    {
        var cursor = new JsonCursor(text, 8);
        JsonSyntaxException e = Assert.Throws<JsonSyntaxException>(() => cursor.SkipValue());
        Assert.Equal((position, what + Tail), (e.Position, e.Message));
    }
}
