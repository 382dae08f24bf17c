using System;
using System.Linq;

namespace ManifestGen.Tests.Rows;

/// <summary>The runtime row types: value equality, wire names and validation of factory input.</summary>
public class RowTypesTests
{
    [Fact]
    public void DataRowSpec_HasValueEquality()
    {
        DataRowSpec a = new("https://e.com/a.jpg") { GlobalKey = "k", Metadata = new[] { new DataRowMetadata(null, "tag", MetadataValue.String("x")) }, Attachments = new[] { Attachment.RawText("t") } };
        DataRowSpec b = new("https://e.com/a.jpg") { GlobalKey = "k", Metadata = new[] { new DataRowMetadata(null, "tag", MetadataValue.String("x")) }, Attachments = new[] { Attachment.RawText("t") } };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Attachments = new[] { Attachment.RawText("u") } });
    }

    [Fact]
    public void AttachmentTypes_MapOneToOneOntoLabelboxWireNames()
    {
        string[] wire = Enum.GetValues<AttachmentType>().Select(t => new Attachment(t, "v").TypeName).ToArray();
        Assert.Equal(new[] { "VIDEO", "IMAGE", "IMAGE_OVERLAY", "HTML", "RAW_TEXT", "TEXT_URL", "PDF_URL", "CAMERA_IMAGE" }, wire);
    }

    [Fact]
    public void MetadataValues_RejectWhatLabelboxCannotStore()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetadataValue.FromNumber(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetadataValue.FromVector(new[] { 1, double.PositiveInfinity }));
        Assert.Throws<InvalidOperationException>(() => MetadataValue.String("x").Number);
        Assert.Equal("2024-05-01T11:45:00Z", MetadataValue.FromDateTime(new DateTimeOffset(2024, 5, 1, 13, 45, 0, 123, TimeSpan.FromHours(2))).Text);
    }

    [Fact]
    public void MediaType_OnlyAcceptsLabelboxValues()
    {
        Assert.Equal("IMAGE", MediaType.Parse("IMAGE").Value);
        var error = Assert.Throws<ArgumentException>(() => MediaType.Parse("image"));
        Assert.Contains("'image' is not a Labelbox media type", error.Message, StringComparison.Ordinal);
    }
}
