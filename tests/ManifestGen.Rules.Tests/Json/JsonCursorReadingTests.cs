using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Tests.Json;

public class JsonCursorReadingTests
{
    [Fact]
    public void ByteOrderMarkIsSkipped()
    {
        var cursor = new JsonCursor("\uFEFF[]", 4);
        Assert.Equal(1, cursor.Position);
        Assert.Equal(JsonKind.Array, cursor.PeekValue());
        cursor.SkipValue();
        cursor.ExpectEnd();
        Assert.Equal(3, cursor.Position);
    }

    [Fact]
    public void ByteOrderMarkOnlyCountsAtTheStart()
    {
        var cursor = new JsonCursor("[\uFEFF]", 4);
        Assert.Equal(0, cursor.Position);
        JsonSyntaxException e = Assert.Throws<JsonSyntaxException>(() => cursor.SkipValue());
        Assert.Equal(1, e.Position);
    }

    [Theory]
    [InlineData("{}", "Object")]
    [InlineData("[]", "Array")]
    [InlineData("\"s\"", "String")]
    [InlineData("-1", "Number")]
    [InlineData("7", "Number")]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("null", "Null")]
    public void PeekValueClassifiesWithoutConsuming(string text, string kindName)
    {
        JsonKind kind = System.Enum.Parse<JsonKind>(kindName);
        var cursor = new JsonCursor("  " + text, 4);
        Assert.Equal(kind, cursor.PeekValue());
        Assert.Equal(2, cursor.Position);
        Assert.Equal(kind, cursor.PeekValue());
    }

    [Fact]
    public void SkipValueSkipsNestedValuesWhole()
    {
        const string text = "[{\"a\":[1,{\"b\":[true,false,null,\"x\\\"y]\"]}],\"c\":-2.5e3}, 7]";
        var cursor = new JsonCursor(text, 8);
        cursor.EnterArray();
        int count = 0;
        Assert.True(cursor.NextElement(ref count));
        cursor.SkipValue();
        Assert.Equal(text.IndexOf("}, 7", System.StringComparison.Ordinal) + 1, cursor.Position);
        Assert.True(cursor.NextElement(ref count));
        int start = cursor.ReadNumber(out int end);
        Assert.Equal(7.0, cursor.GetDouble(start, end));
        Assert.False(cursor.NextElement(ref count));
        Assert.Equal(2, count);
        cursor.ExpectEnd();
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("123")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("[[[]],{}]")]
    public void SkipValueOfAnyKindEndsAfterIt(string value)
    {
        var cursor = new JsonCursor(value + " ,", 8);
        cursor.SkipValue();
        Assert.Equal(value.Length, cursor.Position);
    }

    [Fact]
    public void SkipValueStillChecksSyntaxInside()
    {
        var cursor = new JsonCursor("{\"a\":[1,{\"b\":tru}]}", 8);
        JsonSyntaxException e = Assert.Throws<JsonSyntaxException>(() => cursor.SkipValue());
        Assert.Equal(13, e.Position);
    }

    [Fact]
    public void ObjectsAreWalkedMemberByMember()
    {
        const string text = "{ \"a\" : 1 , \"b\":\"two\" }";
        var cursor = new JsonCursor(text, 4);
        cursor.EnterObject();
        int count = 0;
        Assert.True(cursor.NextProperty(ref count, out JsonString a));
        Assert.Equal(2, a.Start);
        Assert.Equal(5, a.End);
        Assert.Equal(3, a.Length);
        Assert.Equal(1, cursor.IndexIn(a, new WordTable(new[] { "b", "a" })));
        Assert.Equal(-1, cursor.IndexIn(a, new WordTable(new[] { "b", "ab" })));
        int numberStart = cursor.ReadNumber(out int numberEnd);
        Assert.Equal(8, numberStart);
        Assert.Equal(9, numberEnd);
        Assert.True(cursor.NextProperty(ref count, out JsonString b));
        Assert.Equal("b", cursor.GetString(b));
        JsonString two = cursor.ReadString();
        Assert.Equal("two", cursor.GetString(two));
        Assert.False(cursor.NextProperty(ref count, out _));
        Assert.Equal(2, count);
        cursor.ExpectEnd();
    }

    [Fact]
    public void GetStringDecodesEveryEscape()
    {
        const string text = "\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u00e9\\uD83D\\uDE00\\u0041\"";
        var cursor = new JsonCursor(text, 4);
        JsonString s = cursor.ReadString();
        Assert.True(s.HasEscapes);
        Assert.Equal(0, s.Start);
        Assert.Equal(text.Length, s.End);
        Assert.Equal("a\"b\\c/d\be\ff\ng\rh\ti\u00e9\U0001F600A", cursor.GetString(s));
    }

    [Fact]
    public void StringScanStopsAtEveryPlaceInAndAcrossVectors()
    {
        // Each kind of stop the vector scan finds, at every place of the first three vectors of any width up to 512 bits.
        for (int at = 0; at < 96; at++)
        {
            string before = "\"" + new string('a', at);
            var plain = new JsonCursor(before + "\" " + new string('b', 100), 4);
            Assert.Equal(at + 2, plain.ReadString().End);

            var escaped = new JsonCursor(before + "\\n" + new string('b', 100) + "\"", 4);
            JsonString s = escaped.ReadString();
            Assert.True(s.HasEscapes);
            Assert.Equal(new string('a', at) + "\n" + new string('b', 100), escaped.GetString(s));

            var control = new JsonCursor(before + "\t" + new string('b', 100) + "\"", 4);
            Assert.Equal(at + 1, Assert.Throws<JsonSyntaxException>(() => control.ReadString()).Position);

            var lone = new JsonCursor(before + "\uDC00" + new string('b', 100) + "\"", 4);
            Assert.Equal(at + 1, Assert.Throws<JsonSyntaxException>(() => lone.ReadString()).Position);
        }
    }

    [Fact]
    public void GetStringWithoutEscapesIsTheRawContent()
    {
        var cursor = new JsonCursor("\"plain text é\"", 4);
        JsonString s = cursor.ReadString();
        Assert.False(s.HasEscapes);
        Assert.Equal("plain text é", cursor.GetString(s));
    }

    [Fact]
    public void IndexInLooksUpDecodedValuesWhenEscaped()
    {
        var cursor = new JsonCursor("\"row\\u005fdata\"", 4);
        JsonString s = cursor.ReadString();
        Assert.Equal(0, cursor.IndexIn(s, new WordTable(new[] { "row_data" })));
        Assert.Equal(-1, cursor.IndexIn(s, new WordTable(new[] { "row\\u005fdata" })));
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-0.005", -0.005)]
    [InlineData("-5e-3", -0.005)]
    [InlineData("1E3", 1000.0)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568E+29)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("1e-400", 0.0)]
    public void GetDoubleParsesAndOverflowsToInfinityWithoutThrowing(string number, double expected)
    {
        var cursor = new JsonCursor("[" + number + "]", 4);
        cursor.EnterArray();
        int start = cursor.ReadNumber(out int end);
        Assert.Equal(1, start);
        Assert.Equal(1 + number.Length, end);
        Assert.Equal(expected, cursor.GetDouble(start, end));
    }

    [Theory]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("null", "Null")]
    public void ReadLiteralConsumesTheWord(string word, string kindName)
    {
        JsonKind kind = System.Enum.Parse<JsonKind>(kindName);
        var cursor = new JsonCursor(" " + word, 4);
        cursor.ReadLiteral(kind);
        Assert.Equal(word.Length + 1, cursor.Position);
        cursor.ExpectEnd();
    }

    [Fact]
    public void EnterRequiresTheRightBracket()
    {
        var cursor = new JsonCursor("[1]", 4);
        JsonSyntaxException e = Assert.Throws<JsonSyntaxException>(() => cursor.EnterObject());
        Assert.Equal(0, e.Position);
        Assert.Equal("expected '{'", e.Message);
    }

    [Fact]
    public void ReadStringRequiresAString()
    {
        var cursor = new JsonCursor(" 12", 4);
        JsonSyntaxException e = Assert.Throws<JsonSyntaxException>(() => cursor.ReadString());
        Assert.Equal(1, e.Position);
        Assert.Equal("expected a string", e.Message);
    }
}
