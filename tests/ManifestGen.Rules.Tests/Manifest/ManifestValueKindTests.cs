using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>How the parser records each JSON type of a metadata value.</summary>
public class ManifestValueKindTests
{
    private static (ManifestValue Value, string Text) Read(string valueJson)
    {
        string text = "[{\"row_data\": \"https://a.com/x.jpg\", \"metadata_fields\": [{\"name\": \"nope\", \"value\": " + valueJson + "}]}]";
        Checked result = Lbx.Check(text);
        Assert.DoesNotContain(result.Problems, p => p.Rule.Id is "LBX0001" or "LBX0004");
        return (result.Document.Rows[0].Metadata![0].Value, text);
    }

    [Fact]
    public void StringValueKeepsDecodedTextAndTokenSpan()
    {
        var (value, text) = Read("\"a\\tb\"");
        Assert.Equal(ValueKind.String, value.Kind);
        Assert.Equal("a\tb", value.Text);
        Assert.Equal(Lbx.At(text, "\"a\\tb\""), value.Start);
        Assert.Equal(6, value.Length);
    }

    [Fact]
    public void NumberValueIsParsed()
    {
        var (value, text) = Read("-2.5e2");
        Assert.Equal(ValueKind.Number, value.Kind);
        Assert.Equal(-250.0, value.Number);
        Assert.Equal(Lbx.At(text, "-2.5e2"), value.Start);
        Assert.Equal(6, value.Length);
    }

    [Fact]
    public void ArrayOfNumbersIsANumberArray()
    {
        var (value, text) = Read("[1, 2.5, -3]");
        Assert.Equal(ValueKind.NumberArray, value.Kind);
        Assert.Equal(new[] { 1.0, 2.5, -3.0 }, value.Numbers);
        Assert.Equal(Lbx.At(text, "[1, 2.5, -3]"), value.Start);
        Assert.Equal(12, value.Length);
    }

    [Fact]
    public void EmptyArrayIsAnEmptyNumberArray()
    {
        var (value, _) = Read("[]");
        Assert.Equal(ValueKind.NumberArray, value.Kind);
        Assert.Empty(value.Numbers!);
    }

    [Theory]
    [InlineData("[1, \"x\", 3]", "an array that is not all numbers")]
    [InlineData("[[1]]", "an array that is not all numbers")]
    [InlineData("{\"a\": [1]}", "an object")]
    [InlineData("true", "a boolean")]
    [InlineData("false", "a boolean")]
    public void AnythingElseIsOtherWithItsTypeName(string json, string typeName)
    {
        var (value, text) = Read(json);
        Assert.Equal(ValueKind.Other, value.Kind);
        Assert.Equal(typeName, value.TypeName);
        Assert.Equal(text.LastIndexOf(json, System.StringComparison.Ordinal), value.Start);
        Assert.Equal(json.Length, value.Length);
    }

    [Fact]
    public void NullIsMissing()
    {
        var (value, text) = Read("null");
        Assert.Equal(ValueKind.Missing, value.Kind);
        Assert.Equal(Lbx.At(text, "null"), value.Start);
        Assert.Equal(4, value.Length);
    }

    [Fact]
    public void AbsentValueIsMissing()
    {
        Checked result = Lbx.Check("[{\"row_data\": \"https://a.com/x.jpg\", \"metadata_fields\": [{\"name\": \"tag\"}]}]");
        Assert.Equal(ValueKind.Missing, result.Document.Rows[0].Metadata![0].Value.Kind);
    }
}
