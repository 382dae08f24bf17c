using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Text;

public class LineMapTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(4, 2, 2)]
    [InlineData(5, 3, 1)]
    public void LineFeeds(int offset, int line, int column) => Assert.Equal((line, column), new LineMap("ab\nc\nd").Locate(offset));

    [Theory]
    [InlineData(2, 1, 3)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    [InlineData(7, 2, 4)]
    [InlineData(8, 3, 1)]
    public void CarriageReturnLineFeedIsOneBreak(int offset, int line, int column) =>
        Assert.Equal((line, column), new LineMap("ab\r\ncd\r\nef").Locate(offset));

    [Theory]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(4, 2, 2)]
    [InlineData(5, 3, 1)]
    public void LoneCarriageReturnIsABreak(int offset, int line, int column) =>
        Assert.Equal((line, column), new LineMap("ab\rc\rd").Locate(offset));

    [Fact]
    public void MixedBreaksAndEmptyLines()
    {
        var map = new LineMap("a\n\r\n\rb");
        Assert.Equal((1, 1), map.Locate(0));
        Assert.Equal((2, 1), map.Locate(2));
        Assert.Equal((3, 1), map.Locate(4));
        Assert.Equal((4, 1), map.Locate(5));
    }

    [Fact]
    public void EmptyTextIsOneLine() => Assert.Equal((1, 1), new LineMap("").Locate(0));

    [Fact]
    public void OffsetAtTheEndIsAfterTheLastCharacter() => Assert.Equal((2, 3), new LineMap("x\nyz").Locate(4));

    [Fact]
    public void TextEndingInABreakHasAnEmptyLastLine() => Assert.Equal((2, 1), new LineMap("x\n").Locate(2));

    [Theory]
    [InlineData('\u0085')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void UnicodeBreaksEndALineAsInRoslyn(char lineBreak) => Assert.Equal((2, 2), new LineMap("ab" + lineBreak + "cd").Locate(4));

    [Fact]
    public void DescribeInFile_NamesTheFileAsTheCallerShowsIt() =>
        Assert.Equal("data/a.lbx.json(3,61)", LineMap.DescribeInFile("data/a.lbx.json", 3, 61));
}
