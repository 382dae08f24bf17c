using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Tests.Urls;

public class S3UrlsTests
{
    [Theory]
    [InlineData("https://s3.amazonaws.com/bucket/key.jpg", "https://bucket.s3.amazonaws.com/key.jpg")]
    [InlineData("https://s3.amazonaws.com/bucket/a/b/c.jpg", "https://bucket.s3.amazonaws.com/a/b/c.jpg")]
    [InlineData("https://s3.us-west-1.amazonaws.com/bucket/key.jpg", "https://bucket.s3.us-west-1.amazonaws.com/key.jpg")]
    [InlineData("https://s3-us-west-2.amazonaws.com/bucket/key.jpg", "https://bucket.s3-us-west-2.amazonaws.com/key.jpg")]
    [InlineData("https://s3.dualstack.eu-central-1.amazonaws.com/bucket/key.jpg", "https://bucket.s3.dualstack.eu-central-1.amazonaws.com/key.jpg")]
    [InlineData("https://s3.cn-northwest-1.amazonaws.com.cn/bucket/key.jpg", "https://bucket.s3.cn-northwest-1.amazonaws.com.cn/key.jpg")]
    [InlineData("https://s3.amazonaws.com.cn/bucket/key.jpg", "https://bucket.s3.amazonaws.com.cn/key.jpg")]
    [InlineData("https://s3.amazonaws.com:443/bucket/key.jpg", "https://bucket.s3.amazonaws.com:443/key.jpg")]
    [InlineData("https://s3.amazonaws.com/bucket", "https://bucket.s3.amazonaws.com/")]
    [InlineData("https://s3.amazonaws.com/bucket?versionId=1", "https://bucket.s3.amazonaws.com/?versionId=1")]
    [InlineData("https://s3.amazonaws.com/bucket#frag", "https://bucket.s3.amazonaws.com/#frag")]
    [InlineData("https://S3.AmazonAWS.com/Bucket/Key.jpg", "https://Bucket.S3.AmazonAWS.com/Key.jpg")]
    public void PathStyleBecomesVirtualHosted(string url, string expected) => Assert.Equal(expected, S3Urls.ToVirtualHosted(url));

    [Theory]
    [InlineData("https://bucket.s3.amazonaws.com/key.jpg")]
    [InlineData("https://bucket.s3.us-west-1.amazonaws.com/key.jpg")]
    [InlineData("https://lb-test-data.s3.us-west-1.amazonaws.com/image-samples/sample-image-1.jpg")]
    [InlineData("https://bucket.s3-us-west-2.amazonaws.com/key.jpg")]
    [InlineData("https://bucket.s3.dualstack.us-east-1.amazonaws.com/key.jpg")]
    [InlineData("https://s3.amazonaws.com/")]
    [InlineData("https://s3.amazonaws.com")]
    [InlineData("https://s3.example.com/bucket/key.jpg")]
    [InlineData("https://s3.amazonaws.com.evil.com/bucket/key.jpg")]
    [InlineData("https://ec2.us-west-1.amazonaws.com/bucket/key.jpg")]
    [InlineData("https://s3.uswest1.amazonaws.com/bucket/key.jpg")]
    [InlineData("https://s3.US_WEST.amazonaws.com/bucket/key.jpg")]
    [InlineData("https://user@s3.amazonaws.com/bucket/key.jpg")]
    [InlineData("https://storage.googleapis.com/bucket/key.jpg")]
    [InlineData("no scheme at all")]
    public void EverythingElseIsNotPathStyle(string url) => Assert.Null(S3Urls.ToVirtualHosted(url));
}
