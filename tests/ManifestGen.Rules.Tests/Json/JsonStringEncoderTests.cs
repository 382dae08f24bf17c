using FsCheck;
using FsCheck.Xunit;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Tests.Json;

public class JsonStringEncoderTests
{
    [Theory]
    [InlineData("IMAGE", "\"IMAGE\"")]
    [InlineData("https://example.com/a \"b\".jpg", "\"https://example.com/a \\\"b\\\".jpg\"")]
    [InlineData("C:\\cats\\1.jpg", "\"C:\\\\cats\\\\1.jpg\"")]
    [InlineData("a\tb\nc\rd\be\ff", "\"a\\tb\\nc\\rd\\be\\ff\"")]
    [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
    [InlineData("line\u2028para\u2029", "\"line\\u2028para\\u2029\"")]
    [InlineData("caf\u00e9 \U0001F408", "\"caf\u00e9 \U0001F408\"")]
    [InlineData("", "\"\"")]
    public void EncodesAsAJsonStringToken(string value, string expected) =>
        Assert.Equal(expected, JsonStringEncoder.Encode(value));

    /// <summary>Lone surrogates cannot be written as UTF-8 (and do not survive attribute arguments, hence a fact).</summary>
    [Fact]
    public void EscapesLoneSurrogates() =>
        Assert.Equal("\"lone \\ud800 and \\udc00\"", JsonStringEncoder.Encode("lone \ud800 and \udc00"));

    /// <summary>Read back by the manifest reader and by System.Text.Json, any value comes out as it went in.</summary>
    [Property(MaxTest = 1000)]
    public bool RoundTrips(NonNull<string> input)
    {
        string token = JsonStringEncoder.Encode(input.Get);
        var cursor = new JsonCursor(token, 4);
        string read = cursor.GetString(cursor.ReadString());
        cursor.ExpectEnd();
        return read == input.Get
            && System.Text.Json.JsonSerializer.Deserialize<string>(token) == input.Get
            && token.IndexOf('\n') < 0;
    }
}
