using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Text;

public class QuoteTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("é 日本 \"'\\", "é 日本 \"'\\")]
    [InlineData("a\nb", "a\\u000Ab")]
    [InlineData("a\r\nb", "a\\u000D\\u000Ab")]
    [InlineData("\t", "\\u0009")]
    [InlineData("\u0000", "\\u0000")]
    [InlineData("\u007F", "\\u007F")]
    [InlineData("\u0085", "\\u0085")]
    [InlineData("\u009B", "\\u009B")]
    [InlineData("\u2028\u2029", "\\u2028\\u2029")]
    [InlineData("\u00A0", "\u00A0")]
    public void ControlCharactersAndLineBreaksAreEscaped(string value, string expected) => Assert.Equal(expected, Quote.Safe(value));

    [Fact]
    public void ValuesUpToTheLimitAreKept()
    {
        string value = new string('v', Quote.MaxShown);
        Assert.Same(value, Quote.Safe(value));
    }

    [Fact]
    public void LongValuesAreCutWithTheirLength()
    {
        string value = new string('v', 500);
        Assert.Equal(new string('v', 120) + "… (500 characters)", Quote.Safe(value));
    }

    [Fact]
    public void LongValuesAreCutAndEscaped()
    {
        string value = "\n" + new string('v', 200);
        Assert.Equal("\\u000A" + new string('v', 119) + "… (201 characters)", Quote.Safe(value));
    }

    [Fact]
    public void OutputNeverHasARawLineBreak()
    {
        string safe = Quote.Safe("line1\nline2\rline3\u2028line4\u0085");
        Assert.DoesNotContain('\n', safe);
        Assert.DoesNotContain('\r', safe);
        Assert.DoesNotContain('\u2028', safe);
        Assert.DoesNotContain('\u0085', safe);
    }
}
