using System;
using System.IO;
using System.Text;

namespace ManifestGen.Tests.Building;

/// <summary>Rows built in code, written as a Labelbox import file and read back by the manifest reader, are the same rows.</summary>
public class RoundTripTests
{
    private sealed class Quality : MetadataOption
    {
        public static readonly Quality Good = new("good");

        private Quality(string name)
            : base(name, null)
        {
        }
    }

    [Fact]
    public void BuilderRows_SurviveWriteAndRead()
    {
        DataRowSpec[] rows =
        {
            DataRowSpec.Image("https://example.com/a.jpg")
                .WithGlobalKey("a 'quoted' key, é!")
                .WithExternalId("ext-1")
                .WithMetadata(MetadataField.String("tag", "cko8s9r5v0001h2dk9elqdidh"), "line\nbreak")
                .WithMetadata(MetadataField.Number("exposure"), 1e-7)
                .WithMetadata(MetadataField.DateTime("shot_at"), new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(-5)))
                .WithMetadata(MetadataField.Enum("quality", null, new[] { Quality.Good }), Quality.Good)
                .WithMetadata(MetadataField.Embedding("clip", 2), new[] { 0.1, -2.5 })
                .WithAttachment(Attachment.ImageOverlay("https://example.com/rgb.jpg", name: "RGB"))
                .WithAttachment(Attachment.RawText("</script>\u2028"))
                .Build(),
            DataRowSpec.Image("https://example.com/b.png").Build(),
        };

        using var stream = new MemoryStream();
        ImportManifest.FromRows(rows, "typed").WriteJson(stream);
        ImportManifest read = ImportManifest.Parse(Encoding.UTF8.GetString(stream.ToArray()));

        Assert.Equal(rows, read.Rows);
    }

    [Fact]
    public void FromRows_RejectsNullRows() =>
        Assert.Throws<ArgumentException>(() => ImportManifest.FromRows(new DataRowSpec[] { null! }, "x"));
}
