using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0101–LBX0107: what is checked about row_data.</summary>
public class ManifestValidatorRowDataTests
{
    /// <summary>One keyed row whose row_data is <paramref name="value"/>.</summary>
    private static (Checked Result, string Token) RowData(string value, string extra = "")
    {
        string token = JsonStringEncoder.Encode(value);
        string text = "[{\"row_data\": " + token + ", \"global_key\": \"k\"" + extra + "}]";
        return (Lbx.Check(text), token);
    }

    private static Problem SingleProblem(string value, string id, string extra = "")
    {
        var (result, token) = RowData(value, extra);
        Assert.True(result.Problems.Count == 1, result.Dump());
        Problem p = result.Problems[0];
        Lbx.Is(p, id, 14, token.Length);
        return p;
    }

    private static void NoProblem(string value, string extra = "")
    {
        var (result, _) = RowData(value, extra);
        Assert.True(result.Problems.Count == 0, value + ": " + result.Dump());
    }

    // LBX0101 --------------------------------------------------------------------------------

    [Fact]
    public void MissingRowDataPointsAtTheRow()
    {
        Checked result = Lbx.Check("[ {\"global_key\": \"k\"}]");
        Assert.Equal(new[] { "LBX0101" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0101", 2, 1,
            "The row has no row_data; add \"row_data\" with the https URL or the local path of the image");
        Assert.Equal(RuleSeverity.Error, result.Problems[0].Rule.Severity);
    }

    [Fact]
    public void NullRowDataCountsAsMissing()
    {
        Checked result = Lbx.Check("[{\"row_data\": null, \"global_key\": \"k\"}]");
        Assert.Equal(new[] { "LBX0101" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0101", 1, 1);
    }

    [Fact]
    public void EmptyRowDataPointsAtTheEmptyString() => SingleProblem("", "LBX0101");

    // LBX0102 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("http://cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg", "uses http; use 'https://cdn.example.com/a.jpg'")]
    [InlineData("HTTP://cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg", "uses http")]
    [InlineData("s3://my-bucket/photos/a.jpg", "https://my-bucket.s3.amazonaws.com/photos/a.jpg",
        "is an S3 URI; use its https form 'https://my-bucket.s3.amazonaws.com/photos/a.jpg' (with the bucket's region if it is not us-east-1")]
    [InlineData("s3://my-bucket", "https://my-bucket.s3.amazonaws.com/", "is an S3 URI")]
    [InlineData("gs://my-bucket/photos/a.jpg", "https://storage.googleapis.com/my-bucket/photos/a.jpg",
        "is a Google Cloud Storage URI; use its https form 'https://storage.googleapis.com/my-bucket/photos/a.jpg'")]
    [InlineData("//cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg", "'//cdn.example.com/a.jpg' has no scheme; use 'https://cdn.example.com/a.jpg'")]
    public void NonHttpsWithAMechanicalFix(string value, string fix, string fragment)
    {
        Problem p = SingleProblem(value, "LBX0102");
        Assert.Equal(fix, p.Fix);
        Assert.StartsWith("row_data must be an https URL; '" + value + "'", p.Message, System.StringComparison.Ordinal);
        Assert.Contains(fragment, p.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example.com/a.jpg", "uses the 'ftp' scheme; Labelbox reads images from https URLs or uploads local files")]
    [InlineData("file:///home/me/a.jpg", "uses the 'file' scheme")]
    [InlineData("data:image/png;base64,AAAA", "uses the 'data' scheme")]
    [InlineData("s3://", "is an S3 URI without a bucket")]
    [InlineData("s3:my-bucket/a.jpg", "is an S3 URI without a bucket")]
    [InlineData("gs://", "is a Google Cloud Storage URI without a bucket")]
    [InlineData("https:/cdn.example.com/a.jpg", "is not a well-formed URL (check the host and the slashes after 'https:')")]
    [InlineData("https:cdn.example.com/a.jpg", "is not a well-formed URL")]
    [InlineData("https://", "is not a well-formed URL")]
    public void NonHttpsWithoutAFix(string value, string fragment)
    {
        Problem p = SingleProblem(value, "LBX0102");
        Assert.Null(p.Fix);
        Lbx.Is(p, "LBX0102", 14, JsonStringEncoder.Encode(value).Length, "row_data must be an https URL; '" + value + "' " + fragment);
    }

    [Fact]
    public void HttpIsAnError()
    {
        Problem p = SingleProblem("http://cdn.example.com/a.jpg", "LBX0102");
        Assert.Equal(RuleSeverity.Error, p.Rule.Severity);
    }

    // Local paths and LBX0107 ----------------------------------------------------------------

    [Theory]
    [InlineData("images/a.jpg")]
    [InlineData("a.jpg")]
    [InlineData("./images/a.png")]
    [InlineData("../shared/a.bmp")]
    [InlineData("photos.v2/a.jpeg")]
    [InlineData("C:\\img\\a.jpg")]
    [InlineData("D:/img/a.png")]
    [InlineData("\\\\server\\share\\a.jpg")]
    [InlineData("https://cdn.example.com/a.jpg")]
    [InlineData("HTTPS://CDN.EXAMPLE.COM/A.JPG")]
    public void LocalPathsAndHttpsUrlsPass(string value) => NoProblem(value);

    [Fact]
    public void WindowsPathIsALocalPathNotASchemeAndItsExtensionIsChecked()
    {
        Problem p = SingleProblem("C:\\img\\a.gif", "LBX0104");
        Assert.Contains("has the extension 'gif'", p.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cdn.example.com/images/a.jpg")]
    [InlineData("www.example.xyz/a.jpg")]
    [InlineData("my-bucket.s3.amazonaws.com/a.png")]
    [InlineData("storage.googleapis.com/bucket/a.jpg")]
    public void HostWithoutSchemeIsAWarningWithTheHttpsFix(string value)
    {
        Problem p = SingleProblem(value, "LBX0107");
        Assert.Equal(RuleSeverity.Warning, p.Rule.Severity);
        Assert.Equal("https://" + value, p.Fix);
        Assert.Equal("'" + value + "' looks like a host name without a scheme, so it would be uploaded as a local file; use 'https://" + value + "'", p.Message);
    }

    // LBX0103 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://s3.amazonaws.com/my-bucket/a/b.jpg", "https://my-bucket.s3.amazonaws.com/a/b.jpg")]
    [InlineData("https://s3.us-west-1.amazonaws.com/lb-test-data/image-samples/sample-image-1.jpg",
        "https://lb-test-data.s3.us-west-1.amazonaws.com/image-samples/sample-image-1.jpg")]
    [InlineData("https://s3-eu-west-1.amazonaws.com/b/k.png", "https://b.s3-eu-west-1.amazonaws.com/k.png")]
    [InlineData("https://s3.dualstack.ap-southeast-2.amazonaws.com/b/k.png", "https://b.s3.dualstack.ap-southeast-2.amazonaws.com/k.png")]
    [InlineData("https://s3.cn-north-1.amazonaws.com.cn/b/k.jpg", "https://b.s3.cn-north-1.amazonaws.com.cn/k.jpg")]
    [InlineData("https://s3.amazonaws.com.cn/b/k.jpg", "https://b.s3.amazonaws.com.cn/k.jpg")]
    [InlineData("https://S3.US-EAST-2.AMAZONAWS.COM/b/k.jpg", "https://b.S3.US-EAST-2.AMAZONAWS.COM/k.jpg")]
    [InlineData("https://s3.amazonaws.com/b/k.jpg?X-Amz-Signature=abc", "https://b.s3.amazonaws.com/k.jpg?X-Amz-Signature=abc")]
    public void PathStyleS3IsAWarningShowingTheVirtualHostedUrl(string value, string virtualHosted)
    {
        Problem p = SingleProblem(value, "LBX0103");
        Assert.Equal(RuleSeverity.Warning, p.Rule.Severity);
        Assert.Equal(virtualHosted, p.Fix);
        Assert.Equal("'" + value + "' is an S3 path-style URL, but IAM delegated access needs virtual-hosted style; use '" + virtualHosted + "'", p.Message);
    }

    [Theory]
    [InlineData("https://lb-test-data.s3.us-west-1.amazonaws.com/image-samples/sample-image-1.jpg")]
    [InlineData("https://my-bucket.s3.amazonaws.com/a.jpg")]
    [InlineData("https://my-bucket.s3-us-west-2.amazonaws.com/a.jpg")]
    [InlineData("https://my-bucket.s3.dualstack.us-east-1.amazonaws.com/a.jpg")]
    [InlineData("https://storage.googleapis.com/labelbox-datasets/image_sample_data/image-sample-1.jpg")]
    [InlineData("https://s3.example.com/bucket/a.jpg")]
    [InlineData("https://s3.amazonaws.com/")]
    public void VirtualHostedAndOtherUrlsAreNotPathStyle(string value) => NoProblem(value);

    // LBX0104 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://cdn.example.com/a.gif", "gif")]
    [InlineData("https://cdn.example.com/a.webp?x=1.jpg", "webp")]
    [InlineData("https://cdn.example.com/a.TIFF#page.png", "TIFF")]
    [InlineData("photos/a.heic", "heic")]
    public void UnsupportedExtensionIsAWarning(string value, string extension)
    {
        Problem p = SingleProblem(value, "LBX0104");
        Assert.Equal(RuleSeverity.Warning, p.Rule.Severity);
        Assert.Null(p.Fix);
        Assert.Equal("'" + value + "' has the extension '" + extension
            + "', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path", p.Message);
    }

    [Theory]
    [InlineData("https://cdn.example.com/a.jpg?format=gif.tiff")]
    [InlineData("https://cdn.example.com/a.png#x.gif")]
    [InlineData("https://cdn.example.com/a.JPEG")]
    [InlineData("https://cdn.example.com/a.Bmp")]
    [InlineData("https://cdn.example.com/images/12345")]
    [InlineData("https://cdn.example.com/images/")]
    [InlineData("https://cdn.example.com/.hidden")]
    [InlineData("https://cdn.example.com")]
    [InlineData("https://cdn.example.com?id=7")]
    [InlineData("https://cdn.example.com:8443")]
    [InlineData("photos/a")]
    public void SupportedOrMissingExtensionIsFine(string value) => NoProblem(value);

    [Fact]
    public void ExtensionIsNotCheckedForOtherMediaTypes() =>
        NoProblem("https://cdn.example.com/clip.mp4", ", \"media_type\": \"VIDEO\"");

    [Fact]
    public void ExtensionIsCheckedForExplicitImages()
    {
        var (result, _) = RowData("https://cdn.example.com/clip.mp4", ", \"media_type\": \"IMAGE\"");
        Assert.Equal(new[] { "LBX0104" }, result.Ids);
    }

    // LBX0105 --------------------------------------------------------------------------------

    [Theory]
    [InlineData(" https://cdn.example.com/a.jpg", "a space", 1, "https://cdn.example.com/a.jpg")]
    [InlineData("https://cdn.example.com/a.jpg\n", "a line break", 30, "https://cdn.example.com/a.jpg")]
    [InlineData("https://cdn.example.com/a.jpg\r\n", "a line break", 30, "https://cdn.example.com/a.jpg")]
    [InlineData("\thttps://cdn.example.com/a.jpg", "a tab", 1, "https://cdn.example.com/a.jpg")]
    [InlineData("https://cdn.example.com/a b.jpg", "a space", 26, null)]
    [InlineData("https://cdn.example.com/a\u0007.jpg", "the character U+0007", 26, null)]
    [InlineData(" images/my photo.jpg", "a space", 1, "images/my photo.jpg")]
    [InlineData("images/my photo.jpg ", "a space", 20, "images/my photo.jpg")]
    [InlineData("images/my\tphoto.jpg", "a tab", 10, null)]
    [InlineData("images/my photo\u0007.jpg", "the character U+0007", 16, null)]
    [InlineData("   ", "a space", 1, null)]
    public void WhitespaceOrControlCharactersAreErrors(string value, string what, int position, string? fix)
    {
        Problem p = SingleProblem(value, "LBX0105");
        Assert.Equal(fix, p.Fix);
        Assert.Equal("row_data contains " + what + " at position " + position
            + "; remove it, or percent-encode it inside a URL (' ' is '%20')", p.Message);
        Assert.DoesNotContain('\u0007', p.Message);
    }

    [Theory]
    [InlineData("images/my photo.jpg")]
    [InlineData("Photos 2024/black cat.png")]
    [InlineData("C:\\Users\\Jo Smith\\Pictures\\cat.jpg")]
    [InlineData("/home/jo/My Pictures/cat.bmp")]
    public void SpacesInsideALocalPath_AreAFileName_NotAMistake(string value)
    {
        var (result, _) = RowData(value);
        Assert.Empty(result.Ids);
    }

    [Theory]
    [InlineData("cdn.example.com/a b.jpg")]
    [InlineData("https://cdn.example.com/a b.jpg")]
    public void SpacesInsideAUrl_OrAHostWithoutScheme_StayErrors(string value)
    {
        var (result, _) = RowData(value);
        Assert.Equal(new[] { "LBX0105" }, result.Ids);
    }

    [Fact]
    public void WhitespaceIsReportedInsteadOfTheSchemeProblem()
    {
        var (result, _) = RowData("http://cdn.example.com/a b.gif");
        Assert.Equal(new[] { "LBX0105" }, result.Ids);
    }
}
