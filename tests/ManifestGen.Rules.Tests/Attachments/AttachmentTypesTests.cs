using ManifestGen.Rules.Attachments;

namespace ManifestGen.Rules.Tests.Attachments;

public class AttachmentTypesTests
{
    [Fact]
    public void TheSdksTypes() =>
        Assert.Equal(new[] { "VIDEO", "IMAGE", "IMAGE_OVERLAY", "HTML", "RAW_TEXT", "TEXT_URL", "PDF_URL", "CAMERA_IMAGE" }, AttachmentTypes.All);

    [Theory]
    [InlineData("IMAGE_OVERLAY", true)]
    [InlineData("image_overlay", false)]
    [InlineData("AUDIO", false)]
    [InlineData("", false)]
    public void IsKnownIsCaseSensitive(string type, bool expected) => Assert.Equal(expected, AttachmentTypes.IsKnown(type));

    [Fact]
    public void OnlyRawTextIsNotAUrl()
    {
        foreach (string type in AttachmentTypes.All)
        {
            Assert.Equal(type != "RAW_TEXT", AttachmentTypes.TakesUrl(type));
        }
    }

    [Theory]
    [InlineData("ImageOverlay", "IMAGE_OVERLAY")]
    [InlineData("RawText", "RAW_TEXT")]
    [InlineData("Video", "VIDEO")]
    [InlineData("PdfUrl", "PDF_URL")]
    public void WireNameOfAnEnumMember(string member, string wire) => Assert.Equal(wire, AttachmentTypes.ToWireName(member));
}
