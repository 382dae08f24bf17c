using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0501–LBX0504: attachments.</summary>
public class ManifestValidatorAttachmentTests
{
    private static Checked WithAttachments(string attachments) =>
        Lbx.Row("\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": \"k\", \"attachments\": [" + attachments + "]");

    private static Checked With(string type, string value) =>
        WithAttachments("{\"type\": \"" + type + "\", \"value\": " + JsonStringEncoder.Encode(value) + "}");

    [Fact]
    public void EveryKnownTypeWithAnHttpsUrlOrTextPasses()
    {
        foreach (string type in AttachmentTypes.All)
        {
            string value = type == AttachmentTypes.RawText ? "IOWA, Zone 2232, June 2022 [Text string]" : "https://storage.googleapis.com/b/file";
            Checked result = With(type, value);
            Assert.True(result.Problems.Count == 0, type + ": " + result.Dump());
        }
    }

    [Fact]
    public void NameIsOptionalAndUnchecked()
    {
        Checked result = WithAttachments("{\"type\": \"IMAGE_OVERLAY\", \"value\": \"https://a.com/rgb.jpg\", \"name\": \"  RGB \\u0001\"}");
        Assert.Empty(result.Problems);
    }

    // LBX0501 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("{\"value\": \"https://a.com/x.jpg\"}", "this one has no \"type\" (e.g. \"IMAGE_OVERLAY\")")]
    [InlineData("{\"type\": null, \"value\": \"https://a.com/x.jpg\"}", "this one has no \"type\"")]
    [InlineData("{}", "this one has no \"type\"")]
    [InlineData("{\"type\": \"IMAGE\"}", "this one has no \"value\"")]
    [InlineData("{\"type\": \"RAW_TEXT\", \"value\": null}", "this one has no \"value\"")]
    public void MissingTypeOrValuePointsAtTheAttachment(string attachment, string reason)
    {
        Checked result = WithAttachments(attachment);
        Assert.Equal(new[] { "LBX0501" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0501", Lbx.At(result.Text, attachment), 1,
            "An attachment needs \"type\" and a non-empty \"value\"; " + reason);
    }

    [Fact]
    public void EmptyUrlValuePointsAtTheValue()
    {
        Checked result = With("IMAGE_OVERLAY", "");
        Assert.Equal(new[] { "LBX0501" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0501", result.Text.LastIndexOf("\"\"", System.StringComparison.Ordinal), 2,
            "this one's \"value\" is empty; give the https URL of the image overlay");
    }

    // LBX0502 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("IMAGE_OVERLAYS", "IMAGE_OVERLAY")]
    [InlineData("image_overlay", "IMAGE_OVERLAY")]
    [InlineData("TEXT-URL", "TEXT_URL")]
    [InlineData("RAWTEXT", "RAW_TEXT")]
    [InlineData("VIDEOS", "VIDEO")]
    public void UnknownTypeSuggestsTheClosest(string type, string meant)
    {
        Checked result = With(type, "https://a.com/x");
        Assert.Equal(new[] { "LBX0502" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0502", result.Text, "\"" + type + "\"");
        Assert.Equal("Attachment type '" + type + "' is not one Labelbox knows; did you mean '" + meant + "'?", p.Message);
        Assert.Equal(meant, p.Fix);
    }

    [Fact]
    public void UnknownTypeWithNothingCloseListsTheTypes()
    {
        Problem p = With("SPREADSHEET", "https://a.com/x").Single("LBX0502");
        Assert.Null(p.Fix);
        Assert.EndsWith("use one of " + string.Join(", ", AttachmentTypes.All), p.Message, System.StringComparison.Ordinal);
    }

    // LBX0503 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("IMAGE_OVERLAY", "http://a.com/rgb.jpg", "https://a.com/rgb.jpg", "'http://a.com/rgb.jpg' uses http; use 'https://a.com/rgb.jpg'")]
    [InlineData("TEXT_URL", "s3://bucket/notes.txt", "https://bucket.s3.amazonaws.com/notes.txt", "is an S3 URI")]
    [InlineData("PDF_URL", "gs://bucket/doc.pdf", "https://storage.googleapis.com/bucket/doc.pdf", "is a Google Cloud Storage URI")]
    [InlineData("CAMERA_IMAGE", "//cdn.example.com/cam.jpg", "https://cdn.example.com/cam.jpg", "has no scheme")]
    [InlineData("HTML", "example.com/page.html", "https://example.com/page.html", "'example.com/page.html' has no scheme; use 'https://example.com/page.html'")]
    public void NonHttpsUrlsWithAFix(string type, string value, string fix, string reason)
    {
        Checked result = With(type, value);
        Assert.Equal(new[] { "LBX0503" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0503", result.Text, JsonStringEncoder.Encode(value), "The value of " + type + " attachments must be an https URL; ", reason);
        Assert.Equal(fix, p.Fix);
    }

    [Theory]
    [InlineData("VIDEO", "clips/drone.mp4", "'clips/drone.mp4' is not a URL; host the file and give its https URL")]
    [InlineData("IMAGE", "ftp://a.com/x.jpg", "uses the 'ftp' scheme")]
    [InlineData("PDF_URL", "https://a.com/my doc.pdf", "it contains a space at position 17; remove or percent-encode it")]
    [InlineData("IMAGE", "https:/a.com/x.jpg", "is not a well-formed URL")]
    public void NonHttpsUrlsWithoutAFix(string type, string value, string reason)
    {
        Checked result = With(type, value);
        Assert.Equal(new[] { "LBX0503" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0503", result.Text, JsonStringEncoder.Encode(value), reason);
        Assert.Null(p.Fix);
    }

    // LBX0504 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void EmptyRawTextIsAnError(string value)
    {
        Checked result = With("RAW_TEXT", value);
        Assert.Equal(new[] { "LBX0504" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.Is(p, "LBX0504", result.Text.LastIndexOf(JsonStringEncoder.Encode(value), System.StringComparison.Ordinal), JsonStringEncoder.Encode(value).Length,
            "A RAW_TEXT attachment needs the text itself in \"value\"; add the text or remove the attachment");
        Assert.Equal(RuleSeverity.Error, p.Rule.Severity);
    }

    [Fact]
    public void RawTextIsNotAUrl()
    {
        Assert.Empty(With("RAW_TEXT", "http://not-checked.example.com notes").Problems);
    }
}
