using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Tests.Urls;

public class LocationsTests
{
    [Theory]
    [InlineData("https://cdn.example.com/a.jpg")]
    [InlineData("HTTPS://cdn.example.com/a.jpg")]
    [InlineData("https://cdn.example.com:8443/a.jpg?sig=1#f")]
    [InlineData("https://user@cdn.example.com/a.jpg")]
    [InlineData("https://192.168.0.1/a.jpg")]
    public void WellFormedHttpsUrls(string value)
    {
        LocationVerdict check = Locations.Check(value);
        Assert.Equal(LocationKind.HttpsUrl, check.Kind);
        Assert.Null(check.Reason);
        Assert.Null(check.Suggestion);
    }

    [Theory]
    [InlineData("images/a.jpg")]
    [InlineData("a.jpg")]
    [InlineData("")]
    [InlineData("./cdn.example.com/a.jpg")]
    [InlineData("photos.v2/a.jpg")]
    [InlineData("C:\\img\\a.jpg")]
    [InlineData("c:/img/a.jpg")]
    [InlineData("\\\\server\\share\\a.jpg")]
    [InlineData("/var/data/a.jpg")]
    [InlineData("example.com")]
    [InlineData("2024.01/a.jpg")]
    public void LocalPaths(string value) => Assert.Equal(LocationKind.LocalPath, Locations.Check(value).Kind);

    [Theory]
    [InlineData("cdn.example.com/a.jpg")]
    [InlineData("www.anything.zz/a.jpg")]
    [InlineData("EXAMPLE.ORG/a.jpg")]
    [InlineData("my-site.co/x")]
    public void HostsWithoutScheme(string value)
    {
        LocationVerdict check = Locations.Check(value);
        Assert.Equal(LocationKind.HostWithoutScheme, check.Kind);
        Assert.Equal("https://" + value, check.Suggestion);
    }

    [Theory]
    [InlineData("http://a.com/x.jpg", "https://a.com/x.jpg")]
    [InlineData("Http://a.com/x.jpg", "https://a.com/x.jpg")]
    [InlineData("s3://bucket/key/x.jpg", "https://bucket.s3.amazonaws.com/key/x.jpg")]
    [InlineData("S3://bucket/x.jpg", "https://bucket.s3.amazonaws.com/x.jpg")]
    [InlineData("s3://bucket", "https://bucket.s3.amazonaws.com/")]
    [InlineData("gs://bucket/key/x.jpg", "https://storage.googleapis.com/bucket/key/x.jpg")]
    [InlineData("//cdn.example.com/x.jpg", "https://cdn.example.com/x.jpg")]
    public void OtherSchemesWithTheirHttpsForm(string value, string suggestion)
    {
        LocationVerdict check = Locations.Check(value);
        Assert.Equal(LocationKind.NotHttps, check.Kind);
        Assert.Equal(suggestion, check.Suggestion);
        Assert.StartsWith("'" + value + "'", check.Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://a.com/x.jpg", "'ftp://a.com/x.jpg' uses the 'ftp' scheme; Labelbox reads images from https URLs or uploads local files")]
    [InlineData("FTP://a.com/x.jpg", "'FTP://a.com/x.jpg' uses the 'ftp' scheme")]
    [InlineData("s3://", "'s3://' is an S3 URI without a bucket")]
    [InlineData("gs:bucket", "'gs:bucket' is a Google Cloud Storage URI without a bucket")]
    [InlineData("https:/a.com/x.jpg", "'https:/a.com/x.jpg' is not a well-formed URL (check the host and the slashes after 'https:')")]
    [InlineData("https://", "'https://' is not a well-formed URL")]
    [InlineData("https:///x.jpg", "'https:///x.jpg' is not a well-formed URL")]
    public void OtherSchemesWithoutAFix(string value, string reason)
    {
        LocationVerdict check = Locations.Check(value);
        Assert.Equal(LocationKind.NotHttps, check.Kind);
        Assert.Null(check.Suggestion);
        Assert.StartsWith(reason, check.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReasonsQuoteValuesSafely()
    {
        string reason = Locations.Check("ftp://a.com/\u0001").Reason!;
        Assert.DoesNotContain('\u0001', reason);
        Assert.Contains("\\u0001", reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://a.com/x.jpg", -1)]
    [InlineData("", -1)]
    [InlineData(" a", 0)]
    [InlineData("a b", 1)]
    [InlineData("ab\t", 2)]
    [InlineData("a\u00A0b", 1)]
    [InlineData("a\u2003b", 1)]
    [InlineData("a\u0000b", 1)]
    [InlineData("a\u007Fb", 1)]
    [InlineData("a\u0085b", 1)]
    [InlineData("é日本~", -1)]
    public void FindWhitespaceOrControl(string value, int index) => Assert.Equal(index, Locations.FindWhitespaceOrControl(value));

    /// <summary>Every UTF-16 unit, early in a URL and after a run longer than a vector.</summary>
    [Fact]
    public void FindWhitespaceOrControl_JudgesEveryCharacter()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool bad = char.IsWhiteSpace(ch) || char.IsControl(ch);
            foreach (string prefix in new[] { "h", "https://storage.googleapis.com/" + new string('x', 40) })
            {
                Assert.Equal(bad ? prefix.Length : -1, Locations.FindWhitespaceOrControl(prefix + ch + "x"));
            }
        }
    }

    /// <summary>A URL skips Uri's parse only when every path character is one of the plain ones, wherever it stands.</summary>
    [Fact]
    public void KnownHttpsHosts_PlainShapeJudgesEveryPathCharacter()
    {
        const string Host = "https://storage.googleapis.com";
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || "./-_~?=&".Contains(ch, System.StringComparison.Ordinal);
            foreach (string path in new[] { "/", "/" + new string('x', 40) })
            {
                Assert.Equal(plain ? Host.Length : -1, KnownHttpsHosts.PlainHostEnd(Host + path + ch + ".jpg"));
            }
        }
    }

    [Fact]
    public void HttpPathStyleS3_GetsTheVirtualHostedHttpsFixInOneStep()
    {
        LocationVerdict check = Locations.Check("http://s3.us-west-2.amazonaws.com/bucket/a.jpg");
        Assert.Equal(LocationKind.NotHttps, check.Kind);
        Assert.Equal("https://bucket.s3.us-west-2.amazonaws.com/a.jpg", check.Suggestion);
        Assert.Equal("'http://s3.us-west-2.amazonaws.com/bucket/a.jpg' uses http; use 'https://bucket.s3.us-west-2.amazonaws.com/a.jpg'", check.Reason);
    }
}
