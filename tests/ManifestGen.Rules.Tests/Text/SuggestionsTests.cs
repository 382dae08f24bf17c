using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Text;

public class SuggestionsTests
{
    [Theory]
    [InlineData("image", "IMAGE")]
    [InlineData("IMGE", "IMAGE")]
    [InlineData("vdeo", "VIDEO")]
    [InlineData("TMS-GEO", "TMS_GEO")]
    public void ClosestIgnoresCase(string value, string expected) => Assert.Equal(expected, Suggestions.Closest(value, MediaTypes.All));

    [Theory]
    [InlineData("rowdata", "row_data")]
    [InlineData("row-data", "row_data")]
    [InlineData("globalkey", "global_key")]
    [InlineData("attachment", "attachments")]
    [InlineData("metadatafields", "metadata_fields")]
    public void LongerWordsAllowMoreEdits(string value, string expected) => Assert.Equal(expected, Suggestions.Closest(value, ManifestKeys.Row));

    [Theory]
    [InlineData("xyz")]
    [InlineData("")]
    [InlineData("thumbnail")]
    public void NothingCloseIsNull(string value) => Assert.Null(Suggestions.Closest(value, ManifestKeys.Row));

    [Theory]
    [InlineData("gud", "good")]
    [InlineData("nmae", "name")]
    [InlineData("training", "train")]
    [InlineData("OVERLAY", "IMAGE_OVERLAY")]
    [InlineData("metadata", "metadata_fields")]
    [InlineData("captureDate", "captureDateTime")]
    public void TyposSwapsAndContainedWordsAreFound(string value, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(value, new[] { "good", "blurry", "name", "train", "valid", "test", "IMAGE_OVERLAY", "metadata_fields", "captureDateTime" }));

    [Fact]
    public void ShortWordsAllowOneEdit()
    {
        Assert.Equal("tag", Suggestions.Closest("tog", new[] { "tag", "split" }));
        Assert.Null(Suggestions.Closest("tx", new[] { "tag" }));
    }

    [Fact]
    public void TheFirstOfEquallyCloseCandidatesWins()
    {
        Assert.Equal("cat", Suggestions.Closest("bat", new[] { "cat", "hat" }));
        Assert.Equal("hat", Suggestions.Closest("bat", new[] { "hat", "cat" }));
    }

    [Fact]
    public void ExactMatchIsClosest() => Assert.Equal("split", Suggestions.Closest("split", new[] { "tag", "split" }));

    [Fact]
    public void NoCandidatesIsNull() => Assert.Null(Suggestions.Closest("x", System.Array.Empty<string>()));

    [Theory]
    [InlineData("kitten", "sitting", 10, 3)]
    [InlineData("", "abc", 10, 3)]
    [InlineData("abc", "", 10, 3)]
    [InlineData("same", "same", 0, 0)]
    [InlineData("flaw", "lawn", 10, 2)]
    [InlineData("a", "abcdef", 2, 3)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]
    [InlineData("ab", "ba", 5, 1)]
    [InlineData("tpye", "type", 5, 1)]
    public void DistanceCountsNeighbourSwapsAsOneEditCappedAtLimitPlusOne(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b, limit));

    [Fact]
    public void DidYouMeanNamesTheClosest() =>
        Assert.Equal("did you mean 'IMAGE'?", Suggestions.DidYouMean("image", MediaTypes.All));

    [Fact]
    public void DidYouMeanListsAllWhenNothingIsClose() =>
        Assert.Equal("use one of tag, split", Suggestions.DidYouMean("zzzzzz", new[] { "tag", "split" }));
}
