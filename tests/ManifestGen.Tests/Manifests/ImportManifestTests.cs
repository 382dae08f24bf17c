using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace ManifestGen.Tests.Manifests;

/// <summary>Reading manifests at run time and writing them back as Labelbox import files.</summary>
public class ImportManifestTests
{
    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static string Write(ImportManifest manifest, bool indented = false)
    {
        using var stream = new MemoryStream();
        manifest.WriteJson(stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("seed-standard-url.lbx.json")]
    [InlineData("seed-delegated-access.lbx.json")]
    public void SeedExamples_RoundTripToTheSameJson(string file)
    {
        string seed = Seed(file);
        ImportManifest manifest = ImportManifest.Parse(seed);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(seed), JsonNode.Parse(Write(manifest))), Write(manifest, indented: true));
    }

    [Fact]
    public void StandardUrlExample_ReadsIntoTypedRows()
    {
        ImportManifest manifest = ImportManifest.Parse(Seed("seed-standard-url.lbx.json"), "standard");
        Assert.Equal("standard", manifest.Name);
        Assert.Equal(2, manifest.Count);
        DataRowSpec first = manifest.Rows[0];
        Assert.Equal("https://storage.googleapis.com/labelbox-datasets/image_sample_data/image-sample-1.jpg", first.RowData);
        Assert.Equal(first.RowData, first.GlobalKey);
        Assert.Equal(MediaType.Image, first.MediaType);
        Assert.Equal(new DataRowMetadata("cko8s9r5v0001h2dk9elqdidh", null, MetadataValue.String("tag_string")), Assert.Single(first.Metadata));
        Assert.Equal(Attachment.ImageOverlay("https://storage.googleapis.com/labelbox-sample-datasets/Docs/rgb.jpg", name: "RGB"), Assert.Single(first.Attachments));
        Assert.Equal(AttachmentType.TextUrl, Assert.Single(manifest.Rows[1].Attachments).Type);
    }

    [Fact]
    public void Envelope_GivesNameAndDataset()
    {
        ImportManifest manifest = ImportManifest.Parse("{\"name\": \"Cats\", \"dataset\": \"Cats 2026\", \"rows\": [{\"row_data\": \"https://e.com/a.jpg\", \"metadata_fields\": [{\"name\": \"n\", \"value\": 1.5}, {\"name\": \"v\", \"value\": [1, 2]}]}]}");
        Assert.Equal("Cats", manifest.Name);
        Assert.Equal("Cats 2026", manifest.Dataset);
        Assert.Empty(manifest.GlobalKeys);
        Assert.Equal(MetadataValue.FromNumber(1.5), manifest.Rows[0].Metadata[0].Value);
        Assert.Equal(MetadataValue.FromVector(new[] { 1.0, 2.0 }), manifest.Rows[0].Metadata[1].Value);
        Assert.Equal("[{\"row_data\":\"https://e.com/a.jpg\",\"metadata_fields\":[{\"name\":\"n\",\"value\":1.5},{\"name\":\"v\",\"value\":[1,2]}]}]", Write(manifest));
    }

    [Fact]
    public void UnreadableManifest_ListsEveryProblemWithLineAndColumn()
    {
        var error = Assert.Throws<ManifestFormatException>(() => ImportManifest.Parse("[\n  {\"global_key\": \"k\"},\n  {\"row_data\": \"https://e.com/a.jpg\", \"media_type\": \"PHOTO\"}\n]", "bad"));
        Assert.Equal(
            new[]
            {
                "bad(2,3): LBX0101: The row has no row_data; add \"row_data\" with the https URL or the local path of the image",
                "bad(3,53): LBX0301: media_type 'PHOTO' is not a Labelbox media type; use one of AUDIO, CONVERSATIONAL, DICOM, PDF, TMS_GEO, HTML, IMAGE, LLM_PROMPT_CREATION, LLM_PROMPT_RESPONSE_CREATION, TEXT, TMS_SIMPLE, VIDEO, POINT_CLOUD, LLM",
            },
            error.Problems);
        Assert.StartsWith("Manifest 'bad' cannot be read:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesThatNeedTheProjectSchema_AreNotRunTimeErrors()
    {
        // A custom field and an http URL were the build's to report; the rows can still be built.
        ImportManifest manifest = ImportManifest.Parse("[{\"row_data\": \"http://e.com/a.jpg\", \"metadata_fields\": [{\"name\": \"camera\", \"value\": \"x\"}]}]");
        Assert.Equal("camera", Assert.Single(manifest.Rows[0].Metadata).Name);
    }

    [Fact]
    public void InvalidJson_IsAFormatException() =>
        Assert.Contains("x(1,2): LBX0001: Not valid JSON", Assert.Throws<ManifestFormatException>(() => ImportManifest.Parse("[x", "x")).Message, StringComparison.Ordinal);

    [Fact]
    public void AnEscapedLoneSurrogate_IsAFormatException_AtItsLineAndColumn()
    {
        // The import could only send it as U+FFFD; the build reports the same line.
        var error = Assert.Throws<ManifestFormatException>(() => ImportManifest.Parse(
            "[\n  {\"row_data\": \"https://e.com/a.jpg\", \"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"n\", \"name\": \"x\\udbff\"}]}\n]", "lone"));
        Assert.Equal(
            "lone(2,100): LBX0001: Not valid JSON: '\\udbff' is half of a UTF-16 surrogate pair, alone: it stands for no character and UTF-8 cannot carry it;"
                + " write the character itself or both halves of its pair",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void Load_ReadsAFileWithABomAndNamesItAfterTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "mg-" + Guid.NewGuid().ToString("N") + ".lbx.json");
        File.WriteAllText(path, "[{\"row_data\": \"https://e.com/é.jpg\", \"global_key\": \"k\"}]", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            ImportManifest manifest = ImportManifest.Load(path);
            Assert.Equal(Path.GetFileName(path)[..^".lbx.json".Length], manifest.Name);
            Assert.Equal("https://e.com/é.jpg", manifest.Rows[0].RowData);
            Assert.Contains("é", Write(manifest), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void NullArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ImportManifest.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => ImportManifest.Load(null!));
        Assert.Throws<ArgumentNullException>(() => ImportManifest.Parse("[]").WriteJson(null!));
    }
}
