using ManifestGen.Rules.Media;

namespace ManifestGen.Rules.Tests.Media;

public class ImageFilesTests
{
    [Theory]
    [InlineData("a.jpg", false, "jpg")]
    [InlineData("dir/a.b.PNG", false, "PNG")]
    [InlineData("C:\\img\\a.jpeg", false, "jpeg")]
    [InlineData("dir.v2/a", false, null)]
    [InlineData(".png", false, null)]
    [InlineData("dir/.png", false, null)]
    [InlineData("a.", false, null)]
    [InlineData("", false, null)]
    [InlineData("a.jpg?x", false, "jpg?x")]
    [InlineData("https://a.com/x/a.JPG?x=1.png#f", true, "JPG")]
    [InlineData("https://a.com/x/a.gif#x.jpg", true, "gif")]
    [InlineData("https://a.com/x/a?name=b.gif", true, null)]
    [InlineData("https://a.com/x/", true, null)]
    [InlineData("https://a.com/x//y.webp", true, "webp")]
    [InlineData("https://a.com", true, null)]
    [InlineData("https://a.com?x=1", true, null)]
    [InlineData("https://a.com:8443", true, null)]
    [InlineData("//cdn.example.com", true, null)]
    [InlineData("cdn.example.com/a.bmp", true, "bmp")]
    [InlineData("?x.png", true, null)]
    public void ExtensionOfTheLastSegment(string location, bool isUrl, string? expected) =>
        Assert.Equal(expected, ImageFiles.ExtensionOf(location, isUrl));

    [Theory]
    [InlineData("jpg", true)]
    [InlineData("JPEG", true)]
    [InlineData("Png", true)]
    [InlineData("bmp", true)]
    [InlineData("gif", false)]
    [InlineData("jpg ", false)]
    [InlineData("", false)]
    public void SupportedExtensionsIgnoreCase(string extension, bool expected) =>
        Assert.Equal(expected, ImageFiles.IsSupportedExtension(extension));

    [Fact]
    public void LimitsMatchTheSeedPage()
    {
        Assert.Equal(256L * 1024 * 1024, ImageFiles.MaxUploadBytes);
        Assert.Equal(9000, ImageFiles.MaxRecommendedPixels);
        Assert.Equal(new[] { "jpg", "jpeg", "png", "bmp" }, ImageFiles.Extensions);
    }
}
