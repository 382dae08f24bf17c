using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0301: media_type.</summary>
public class ManifestValidatorMediaTypeTests
{
    private static Checked WithMediaType(string value) =>
        Lbx.Row("\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": \"k\", \"media_type\": " + JsonStringEncoder.Encode(value));

    [Theory]
    [InlineData("image", "IMAGE")]
    [InlineData("Image", "IMAGE")]
    [InlineData("IMAGES", "IMAGE")]
    [InlineData("IMGE", "IMAGE")]
    [InlineData("video", "VIDEO")]
    public void UnknownMediaTypeSuggestsTheClosest(string value, string meant)
    {
        Checked result = WithMediaType(value);
        Assert.Equal(new[] { "LBX0301" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0301", result.Text, "\"" + value + "\"");
        Assert.Equal("media_type '" + value + "' is not a Labelbox media type; did you mean '" + meant + "'?", p.Message);
        Assert.Equal(meant, p.Fix);
        Assert.Equal(RuleSeverity.Error, p.Rule.Severity);
    }

    [Fact]
    public void NothingCloseListsEveryMediaType()
    {
        Checked result = WithMediaType("PHOTOGRAPH");
        Problem p = result.Single("LBX0301");
        Assert.Null(p.Fix);
        Assert.EndsWith("use one of " + string.Join(", ", MediaTypes.All), p.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IMAGE")]
    [InlineData("VIDEO")]
    [InlineData("PDF")]
    [InlineData("LLM_PROMPT_RESPONSE_CREATION")]
    public void KnownMediaTypesPass(string value)
    {
        Checked result = WithMediaType(value);
        Assert.DoesNotContain("LBX0301", result.Ids);
    }

    [Fact]
    public void EveryListedMediaTypeIsKnownCaseSensitively()
    {
        foreach (string type in MediaTypes.All)
        {
            Assert.True(MediaTypes.IsKnown(type));
            Assert.False(MediaTypes.IsKnown(type.ToLowerInvariant()));
        }
    }
}
