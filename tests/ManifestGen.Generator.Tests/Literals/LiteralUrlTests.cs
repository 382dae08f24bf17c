using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Literals;

/// <summary>Constant image locations and attachment URLs in C# (LBX2001–LBX2003), exactly as built.</summary>
public class LiteralUrlTests
{
    private static string[] Body(string body) => LiteralProject.Lines(LiteralProject.InMethod(body));

    [Fact]
    public void LBX2001_RowDataOfEveryOtherScheme_SaysWhatLBX0102Says() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,31): error LBX2001: row_data must be an https URL; 'http://example.com/cats/1.jpg' uses http; use 'https://example.com/cats/1.jpg'",
            "Photos.cs(9,31): error LBX2001: row_data must be an https URL; 's3://my-bucket/cats/1.jpg' is an S3 URI; use its https form 'https://my-bucket.s3.amazonaws.com/cats/1.jpg' (with the bucket's region if it is not us-east-1, e.g. '<bucket>.s3.us-west-2.amazonaws.com')",
            "Photos.cs(10,29): error LBX2001: row_data must be an https URL; 'gs://my-bucket/cats/1.jpg' is a Google Cloud Storage URI; use its https form 'https://storage.googleapis.com/my-bucket/cats/1.jpg'",
            "Photos.cs(11,31): error LBX2001: row_data must be an https URL; 'ftp://example.com/cats/1.jpg' uses the 'ftp' scheme; Labelbox reads images from https URLs or uploads local files",
            "Photos.cs(12,43): error LBX2001: row_data must be an https URL; 'https:/example.com/cats/1.jpg' is not a well-formed URL (check the host and the slashes after 'https:')",
        },
        Body("""
                    _ = DataRowSpec.Image("http://example.com/cats/1.jpg");
                    _ = DataRowSpec.Image("s3://my-bucket/cats/1.jpg");
                    _ = new DataRowSpec("gs://my-bucket/cats/1.jpg");
                    _ = DataRowSpec.Image("ftp://example.com/cats/1.jpg");
                    return DataRowSpec.Image(rowData: "https:/example.com/cats/1.jpg");
            """));

    [Fact]
    public void LBX2001_AttachmentUrls_SayWhatLBX0503Says() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,37): error LBX2001: The value of IMAGE_OVERLAY attachments must be an https URL; 'http://example.com/cats/1-rgb.jpg' uses http; use 'https://example.com/cats/1-rgb.jpg'",
            "Photos.cs(9,31): error LBX2001: The value of PDF_URL attachments must be an https URL; 'example.com/cats/1.pdf' has no scheme; use 'https://example.com/cats/1.pdf'",
            "Photos.cs(10,30): error LBX2001: The value of VIDEO attachments must be an https URL; 'videos/1.mp4' is not a URL; host the file and give its https URL",
            "Photos.cs(11,49): error LBX2001: The value of HTML attachments must be an https URL; 's3://my-bucket/cats/1.html' is an S3 URI; use its https form 'https://my-bucket.s3.amazonaws.com/cats/1.html' (with the bucket's region if it is not us-east-1, e.g. '<bucket>.s3.us-west-2.amazonaws.com')",
        },
        Body("""
                    _ = Attachment.ImageOverlay("http://example.com/cats/1-rgb.jpg", name: "RGB");
                    _ = Attachment.PdfUrl("example.com/cats/1.pdf");
                    _ = Attachment.Video("videos/1.mp4");
                    _ = new Attachment(AttachmentType.Html, "s3://my-bucket/cats/1.html", null);
                    _ = Attachment.RawText("http://not-a-url-but-text.example.com");
                    return new Attachment(AttachmentType.RawText, "http://also text", "notes");
            """));

    [Fact]
    public void LBX2002_PathStyleS3_SuggestsVirtualHosted() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,31): warning LBX2002: 'https://s3.us-west-2.amazonaws.com/my-bucket/cats/1.jpg' is an S3 path-style URL, but IAM delegated access needs virtual-hosted style; use 'https://my-bucket.s3.us-west-2.amazonaws.com/cats/1.jpg'",
            "Photos.cs(9,34): error LBX2001: row_data must be an https URL; 'http://s3.amazonaws.com/my-bucket/cats/2.jpg' uses http; use 'https://my-bucket.s3.amazonaws.com/cats/2.jpg'",
        },
        Body("""
                    _ = DataRowSpec.Image("https://s3.us-west-2.amazonaws.com/my-bucket/cats/1.jpg");
                    return DataRowSpec.Image("http://s3.amazonaws.com/my-bucket/cats/2.jpg");
            """));

    [Fact]
    public void LBX2003_ExtensionOfUrlsAndLocalPaths() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,31): warning LBX2003: 'https://example.com/cats/1.gif?size=large' has the extension 'gif', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path",
            "Photos.cs(9,31): warning LBX2003: 'cats/1.tiff' has the extension 'tiff', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path",
            "Photos.cs(12,32): warning LBX2003: 'cats/2.webp' has the extension 'webp', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path",
        },
        Body("""
                    _ = DataRowSpec.Image("https://example.com/cats/1.gif?size=large");
                    _ = DataRowSpec.Image("cats/1.tiff");
                    _ = DataRowSpec.Image("https://example.com/cats/1.JPEG");
                    _ = new DataRowSpec("videos/1.mp4") { MediaType = MediaType.Parse("VIDEO") };
                    return new DataRowSpec("cats/2.webp");
            """));

    [Fact]
    public void GoodAndNonConstantValues_AreNotReported() => Assert.Empty(Body("""
                var local = "http://example.com/cats/1.jpg";
                _ = DataRowSpec.Image(url);
                _ = DataRowSpec.Image(local + "");
                _ = DataRowSpec.Image("https://example.com/cats/1.jpg");
                _ = DataRowSpec.Image("https://my-bucket.s3.us-west-2.amazonaws.com/cats/1.jpg");
                _ = DataRowSpec.Image("cats/1.jpg");
                _ = DataRowSpec.Image("C:\\photos\\cats\\1.png");
                _ = DataRowSpec.Image("example.com/cats/1.jpg");
                _ = DataRowSpec.Image("");
                return Attachment.ImageOverlay(url + "/rgb.jpg", "RGB");
        """));

    [Fact]
    public void ConstFieldsAndConstantInterpolations_AreCheckedWhereUsed() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(10,27): error LBX2001: row_data must be an https URL; 'http://example.com/cats/1.jpg' uses http; use 'https://example.com/cats/1.jpg'",
            "Photos.cs(11,27): error LBX2001: row_data must be an https URL; 'http://example.com/cats/2.jpg' uses http; use 'https://example.com/cats/2.jpg'",
            "Photos.cs(12,27): error LBX2001: row_data must be an https URL; 'http://example.com/cats/3.jpg' uses http; use 'https://example.com/cats/3.jpg'",
        },
        LiteralProject.Lines("""
            using ManifestGen;

            public static class Photos
            {
                private const string Host = "http://example.com";
                private const string Cat = Host + "/cats/1.jpg";

                public static DataRowSpecBuilder[] Build() => new[]
                {
                    DataRowSpec.Image(Cat),
                    DataRowSpec.Image($"{Host}/cats/2.jpg"),
                    DataRowSpec.Image(Host + "/cats/3.jpg"),
                };
            }
            """));

    [Fact]
    public void RowDataInitializers_OfDataRowSpecs() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,81): error LBX2001: row_data must be an https URL; 'http://example.com/cats/1.jpg' uses http; use 'https://example.com/cats/1.jpg'",
            "Photos.cs(9,37): error LBX2001: row_data must be an https URL; 's3://my-bucket/cats/1.jpg' is an S3 URI; use its https form 'https://my-bucket.s3.amazonaws.com/cats/1.jpg' (with the bucket's region if it is not us-east-1, e.g. '<bucket>.s3.us-west-2.amazonaws.com')",
        },
        Body("""
                    var row = new DataRowSpec("https://example.com/cats/1.jpg") { RowData = "http://example.com/cats/1.jpg" };
                    return row with { RowData = "s3://my-bucket/cats/1.jpg" };
            """));

    [Fact]
    public void DefaultsOfDataRowMembers() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(7,39): error LBX2001: row_data must be an https URL; 'http://example.com/cats/1.jpg' uses http; use 'https://example.com/cats/1.jpg'",
            "Photos.cs(13,30): error LBX2001: The value of IMAGE_OVERLAY attachments must be an https URL; 's3://my-bucket/cats/1-rgb.jpg' is an S3 URI; use its https form 'https://my-bucket.s3.amazonaws.com/cats/1-rgb.jpg' (with the bucket's region if it is not us-east-1, e.g. '<bucket>.s3.us-west-2.amazonaws.com')",
            "Photos.cs(20,63): warning LBX2003: 'cats/sketch.svg' has the extension 'svg', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path",
        },
        LiteralProject.Lines("""
            using ManifestGen;

            [LabelboxDataRow]
            public partial class Photo
            {
                [RowData]
                public string Url { get; set; } = "http://example.com/cats/1.jpg";

                [GlobalKey]
                public string Key { get; set; } = "cat-1";

                [Attachment(AttachmentType.ImageOverlay, Name = "RGB")]
                public string? Overlay = "s3://my-bucket/cats/1-rgb.jpg";

                [Attachment(AttachmentType.RawText)]
                public string Notes { get; set; } = "http://just text";
            }

            [LabelboxDataRow]
            public partial record Sketch([property: RowData] string Url = "cats/sketch.svg", [property: GlobalKey] string Key = "sketch");
            """).Where(l => l.Contains(" LBX2", System.StringComparison.Ordinal)).ToArray());

    [Fact]
    public void EmptyDefaultsOfDataRowMembers_ArePlaceholders_NotValues() => Assert.DoesNotContain(LiteralProject.Lines("""
            using ManifestGen;

            [LabelboxDataRow]
            public partial class Photo
            {
                [RowData] public string Url { get; set; } = "";
                [GlobalKey] public string Key { get; set; } = "";
                [Attachment(AttachmentType.ImageOverlay)] public string Overlay = "";
            }
            """), l => l.Contains(" LBX2", System.StringComparison.Ordinal));

    [Fact]
    public void FixData_TravelsInTheDiagnosticProperties()
    {
        var diagnostics = LiteralProject.Run(new[] { ("Photos.cs", LiteralProject.InMethod("""
                    _ = DataRowSpec.Image("https://s3.amazonaws.com/my-bucket/1.jpg");
                    _ = DataRowSpec.Image("ftp://example.com/1.jpg");
                    return DataRowSpec.Image("http://example.com/1.jpg");
            """)) });
        Assert.Equal(
            new[] { "LBX2002=https://my-bucket.s3.amazonaws.com/1.jpg", "LBX2001=", "LBX2001=https://example.com/1.jpg" },
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Id + "=" + (d.Properties.TryGetValue("Fix", out string? fix) ? fix : "")).ToArray());
    }
}
