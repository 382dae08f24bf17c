using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Tests.TestSupport;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0201–LBX0203: global keys within one manifest.</summary>
public class ManifestValidatorGlobalKeyTests
{
    private static Checked Rows(params string[] rows) => Lbx.Check("[\n  " + string.Join(",\n  ", rows) + "\n]");

    private static string KeyRow(string keyToken) => "{\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": " + keyToken + "}";

    private static string Where(string text, int offset) => Lbx.Describe(new LineMap(text), offset);

    [Fact]
    public void DuplicateKeyIgnoringCasePointsAtTheFirstUse()
    {
        Checked result = Rows(KeyRow("\"Cat-1\""), KeyRow("\"dog\""), KeyRow("\"cat-1\""));
        Assert.Equal(new[] { "LBX0201" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0201", result.Text, "\"cat-1\"");
        Assert.Equal(RuleSeverity.Error, p.Rule.Severity);
        Assert.Equal("line 2, column 63", Where(result.Text, Lbx.At(result.Text, "\"Cat-1\"")));
        Assert.Equal("global_key 'cat-1' is already used by the row at line 2, column 63; global keys are unique in a Labelbox "
            + "organization (ignoring case), so this row would not be imported; change one of them", p.Message);
    }

    [Fact]
    public void EveryLaterUsePointsAtTheFirst()
    {
        Checked result = Rows(KeyRow("\"k\""), KeyRow("\"K\""), KeyRow("\"k\""));
        Problem[] duplicates = result.All("LBX0201");
        Assert.Equal(2, duplicates.Length);
        string first = Where(result.Text, Lbx.At(result.Text, "\"k\""));
        Lbx.IsAt(duplicates[0], "LBX0201", result.Text, "\"K\"", "row at " + first);
        Lbx.Is(duplicates[1], "LBX0201", Lbx.At(result.Text, "\"k\"", 1), 3, "row at " + first);
    }

    [Fact]
    public void EveryKeyIsReturnedForTheCrossFileCheck()
    {
        Checked result = Rows(KeyRow("\"a\""), KeyRow("\"A\""), KeyRow("\"b c\""));
        Assert.Equal(new[] { "a", "A", "b c" }, result.Keys.Select(k => k.Key));
        Assert.Equal(new[] { Lbx.At(result.Text, "\"a\""), Lbx.At(result.Text, "\"A\""), Lbx.At(result.Text, "\"b c\"") }, result.Keys.Select(k => k.Start));
        Assert.Equal(new[] { 3, 3, 5 }, result.Keys.Select(k => k.Length));
    }

    [Fact]
    public void DistinctKeysAreFine()
    {
        Checked result = Rows(KeyRow("\"a\""), KeyRow("\"b\""), KeyRow("\"a-1\""));
        Assert.Empty(result.Problems);
    }

    // LBX0202 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("", "it is empty; give the row a unique key or leave global_key out")]
    [InlineData(" lead", "it starts or ends with a space")]
    [InlineData("trail ", "it starts or ends with a space")]
    [InlineData("double  space", "it has two spaces in a row at position 7")]
    [InlineData("100%", "'%' at position 4 is not allowed (use letters, digits, spaces and !_.*'()&$@=;/:+,?-)")]
    [InlineData("a#b", "'#' at position 2 is not allowed")]
    [InlineData("tab\there", "U+0009 at position 4 is not allowed")]
    [InlineData(" two  problems", "it starts or ends with a space; it has two spaces in a row at position 5")]
    public void InvalidKeysSayWhy(string key, string reason)
    {
        string token = JsonStringEncoder.Encode(key);
        Checked result = Lbx.Check("[" + KeyRow(token) + "]");
        Assert.Equal(new[] { "LBX0202" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.Is(p, "LBX0202", Lbx.At(result.Text, token), token.Length);
        Assert.StartsWith("global_key '" + Quote.Safe(key) + "' is invalid: " + reason, p.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOf201CharactersIsTooLong()
    {
        string key = new string('k', 201);
        Checked result = Lbx.Check("[" + KeyRow("\"" + key + "\"") + "]");
        Problem p = result.Single("LBX0202");
        Lbx.IsAt(p, "LBX0202", result.Text, "\"" + key + "\"", "is invalid: it is 201 characters long and the limit is 200");
        Assert.Contains("… (201 characters)", p.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOf200CharactersIsFine()
    {
        Checked result = Lbx.Check("[" + KeyRow("\"" + new string('k', 200) + "\"") + "]");
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("https://lb-test-data.s3.us-west-1.amazonaws.com/image-samples/sample-image-1.jpg")]
    [InlineData("a b!_.*'()&$@=;/:+,?-")]
    [InlineData("café-日本")]
    public void DocumentedCharactersAreAllowed(string key)
    {
        Checked result = Lbx.Check("[" + KeyRow(JsonStringEncoder.Encode(key)) + "]");
        Assert.Empty(result.Problems);
    }

    // LBX0203 --------------------------------------------------------------------------------

    [Fact]
    public void RowsWithoutKeysAreOneInfoPerFileWithTheCount()
    {
        Checked result = Rows(
            KeyRow("\"a\""),
            "{\"row_data\": \"https://cdn.example.com/b.jpg\"}",
            "{\"row_data\": \"https://cdn.example.com/c.jpg\", \"global_key\": null}",
            "{\"row_data\": \"https://cdn.example.com/d.jpg\"}");
        Assert.Equal(new[] { "LBX0203" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.Is(p, "LBX0203", Lbx.At(result.Text, "{\"row_data\": \"https://cdn.example.com/b.jpg\"}"), 1,
            "3 row(s) in this manifest have no global_key, so importing it again creates them again; give each row a unique global_key");
        Assert.Equal(RuleSeverity.Info, p.Rule.Severity);
        Assert.False(result.Sink.HasErrors);
    }

    [Fact]
    public void WrongTypedKeyCountsAsNoKey()
    {
        Checked result = Lbx.Check("[{\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": 12}]");
        Assert.Equal(new[] { "LBX0004", "LBX0203" }, result.Ids);
        Lbx.Is(result.Problems[1], "LBX0203", 1, 1, "1 row(s)");
    }
}
