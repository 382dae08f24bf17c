using System;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Tests.Json;

public class JsonCursorSyntaxErrorTests
{
    /// <summary>Reads <paramref name="text"/> as one whole JSON document and returns the error it throws.</summary>
    private static JsonSyntaxException Fail(string text, int maxDepth = 64)
    {
        var cursor = new JsonCursor(text, maxDepth);
        return Assert.Throws<JsonSyntaxException>(() =>
        {
            cursor.SkipValue();
            cursor.ExpectEnd();
        });
    }

    [Theory]
    [InlineData("\"abc", 0, "the string that starts here is never closed")]
    [InlineData("[\"abc", 1, "the string that starts here is never closed")]
    [InlineData("{\"ab", 1, "the string that starts here is never closed")]
    [InlineData("{", 1, "the text ends inside an object")]
    [InlineData("{\"a\":1", 6, "the text ends inside an object")]
    [InlineData("{\"a\":1,", 7, "the text ends inside an object")]
    [InlineData("{\"a\"", 4, "expected ':' after a property name")]
    [InlineData("{\"a\":", 5, "the text ends where a value was expected")]
    [InlineData("[", 1, "the text ends inside an array")]
    [InlineData("[1,2", 4, "the text ends inside an array")]
    [InlineData("[1,", 3, "the text ends where a value was expected")]
    [InlineData("[[1],[2]", 8, "the text ends inside an array")]
    [InlineData("", 0, "the text ends where a value was expected")]
    [InlineData(" \r\n\t", 4, "the text ends where a value was expected")]
    [InlineData("tru", 0, "expected 'true'")]
    [InlineData("[fals]", 1, "expected 'false'")]
    [InlineData("nul", 0, "expected 'null'")]
    public void TruncatedInputReportsWhereItStops(string text, int position, string reason)
    {
        JsonSyntaxException e = Fail(text);
        Assert.Equal(position, e.Position);
        Assert.Equal(reason, e.Message);
        Assert.False(e.OverLimit);
    }

    [Theory]
    [InlineData("[1,]", 3, "a trailing comma is not allowed before ']'")]
    [InlineData("[1 ,\n ]", 6, "a trailing comma is not allowed before ']'")]
    [InlineData("{\"a\":1,}", 7, "a trailing comma is not allowed before '}'")]
    [InlineData("{\"a\":1, }", 8, "a trailing comma is not allowed before '}'")]
    [InlineData("[,1]", 1, "expected a value but found ','")]
    [InlineData("{,}", 1, "expected a property name in double quotes but found ','")]
    [InlineData("{a:1}", 1, "expected a property name in double quotes but found 'a'")]
    [InlineData("{'a':1}", 1, "expected a property name in double quotes but found '''")]
    [InlineData("{\"a\" 1}", 5, "expected ':' after a property name but found '1'")]
    [InlineData("[1 2]", 3, "expected ',' or ']' but found '2'")]
    [InlineData("{\"a\":1 \"b\":2}", 7, "expected ',' or '}' but found '\"'")]
    [InlineData("[1]]", 3, "unexpected ']' after the end of the JSON value")]
    [InlineData("[1] x", 4, "unexpected 'x' after the end of the JSON value")]
    [InlineData("// c\n[]", 0, "expected a value but found '/'")]
    [InlineData("NaN", 0, "expected a value but found 'N'")]
    [InlineData("\u0001", 0, "expected a value but found U+0001")]
    public void StructuralMistakesPointAtTheOffendingCharacter(string text, int position, string reason)
    {
        JsonSyntaxException e = Fail(text);
        Assert.Equal(position, e.Position);
        Assert.Equal(reason, e.Message);
    }

    [Theory]
    [InlineData("\"\\x\"", 1, "'\\x' is not a JSON escape sequence")]
    [InlineData("[\"ab\\'\"]", 4, "'\\'' is not a JSON escape sequence")]
    [InlineData("\"\\u12G4\"", 1, "\\u must be followed by four hex digits")]
    [InlineData("\"\\u12\"", 1, "\\u must be followed by four hex digits")]
    [InlineData("\"\\u12", 1, "\\u must be followed by four hex digits")]
    [InlineData("\"\\", 1, "the text ends inside an escape sequence")]
    [InlineData("\"a\u0001b\"", 2, "U+0001 must be escaped inside a string")]
    [InlineData("\"a\nb\"", 2, "U+000A must be escaped inside a string")]
    [InlineData("{\"k\tey\":1}", 3, "U+0009 must be escaped inside a string")]
    public void BadStringContentPointsAtTheEscapeOrCharacter(string text, int position, string reason)
    {
        JsonSyntaxException e = Fail(text);
        Assert.Equal(position, e.Position);
        Assert.Equal(reason, e.Message);
    }

    [Theory]
    [InlineData("01", 1, "unexpected '1' after the end of the JSON value")]
    [InlineData("[01]", 2, "expected ',' or ']' but found '1'")]
    [InlineData("-01", 2, "unexpected '1' after the end of the JSON value")]
    [InlineData("1.", 2, "a number needs digits after the decimal point")]
    [InlineData("[1.]", 3, "a number needs digits after the decimal point")]
    [InlineData("1.e5", 2, "a number needs digits after the decimal point")]
    [InlineData("-", 1, "a number needs digits")]
    [InlineData("[-]", 2, "a number needs digits")]
    [InlineData("-x", 1, "a number needs digits")]
    [InlineData("1e", 2, "a number needs digits in its exponent")]
    [InlineData("1E+", 3, "a number needs digits in its exponent")]
    [InlineData("[2e-]", 4, "a number needs digits in its exponent")]
    [InlineData("+1", 0, "expected a value but found '+'")]
    [InlineData(".5", 0, "expected a value but found '.'")]
    public void BadNumberFormsAreRejected(string text, int position, string reason)
    {
        JsonSyntaxException e = Fail(text);
        Assert.Equal(position, e.Position);
        Assert.Equal(reason, e.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.5")]
    [InlineData("10")]
    [InlineData("1e5")]
    [InlineData("1E-5")]
    [InlineData("2.5e+10")]
    [InlineData("[0,-1,2.25]")]
    public void ValidNumberFormsAreAccepted(string text)
    {
        var cursor = new JsonCursor(text, 8);
        cursor.SkipValue();
        cursor.ExpectEnd();
        Assert.Equal(text.Length, cursor.Position);
    }

    [Fact]
    public void NestingBeyondTheLimitIsOverLimitNotSyntax()
    {
        JsonSyntaxException e = Fail("[[[1]]]", maxDepth: 2);
        Assert.True(e.OverLimit);
        Assert.Equal(2, e.Position);
        Assert.Equal("nested deeper than 2 levels", e.Message);
    }

    [Fact]
    public void ObjectNestingCountsToo()
    {
        JsonSyntaxException e = Fail("{\"a\":{\"b\":{}}}", maxDepth: 2);
        Assert.True(e.OverLimit);
        Assert.Equal(10, e.Position);
    }

    [Fact]
    public void NestingExactlyAtTheLimitIsFine()
    {
        var cursor = new JsonCursor("[[[1]]]", 3);
        cursor.SkipValue();
        cursor.ExpectEnd();
        Assert.Equal(7, cursor.Position);
    }

    [Fact]
    public void DeepUnclosedNestingStopsAtTheLimitWithoutRecursion()
    {
        string text = new string('[', 100_000);
        JsonSyntaxException e = Fail(text, maxDepth: 64);
        Assert.True(e.OverLimit);
        Assert.Equal(64, e.Position);
    }

    [Fact]
    public void ErrorsNeverEchoControlCharactersRaw()
    {
        JsonSyntaxException e = Fail("[1\u0007]");
        Assert.Equal("expected ',' or ']' but found U+0007", e.Message);
        Assert.DoesNotContain('\u0007', e.Message);
    }

    [Theory]
    [InlineData('a', "'a'")]
    [InlineData('\n', "U+000A")]
    [InlineData('\u007F', "U+007F")]
    [InlineData('\uD800', "U+D800")]
    [InlineData('\uFFFD', "U+FFFD")]
    [InlineData('\u2028', "U+2028")]
    public void DescribeNamesCharactersSafely(char c, string expected) =>
        Assert.Equal(expected, JsonCursor.Describe(c));

    [Fact]
    public void MessageIsTheReason()
    {
        var e = new JsonSyntaxException(3, "why");
        Assert.Equal(3, e.Position);
        Assert.Equal("why", e.Message);
        Assert.False(e.OverLimit);
        Assert.IsAssignableFrom<Exception>(e);
    }
}
