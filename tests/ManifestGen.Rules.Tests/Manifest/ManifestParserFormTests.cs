using System.Linq;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

public class ManifestParserFormTests
{
    private const string ArrayForm = """
        [
          {
            "row_data": "https://cdn.example.com/a.jpg",
            "global_key": "a",
            "external_id": "ext-a",
            "media_type": "IMAGE",
            "metadata_fields": [{"name": "tag", "value": "sunny"}, {"schema_id": "cko8sbczn0002h2dkdaxb5kal", "value": "cko8sbscr0003h2dk04w86hof"}],
            "attachments": [{"type": "RAW_TEXT", "value": "note", "name": "n1"}]
          },
          { "row_data": "https://cdn.example.com/b.png", "global_key": "b" }
        ]
        """;

    private const string EnvelopeForm = """
        {
          "$schema": "https://example.com/lbx.schema.json",
          "name": "Cats",
          "dataset": "Cats 2026",
          "rows": [
            { "row_data": "https://cdn.example.com/cat.jpg", "global_key": "cat-1" }
          ]
        }
        """;

    [Fact]
    public void ArrayFormReadsEveryRowAndSpan()
    {
        Checked result = Lbx.Check(ArrayForm);
        Assert.Empty(result.Problems);
        ManifestDocument doc = result.Document;
        Assert.Equal(ManifestForm.Array, doc.Form);
        Assert.True(doc.Complete);
        Assert.Equal(0, doc.RowsStart);
        Assert.False(doc.Name.IsPresent);
        Assert.Equal(2, doc.Rows.Count);

        ManifestRow a = doc.Rows[0];
        Assert.Equal(Lbx.At(ArrayForm, "{"), a.Start);
        Assert.Equal("https://cdn.example.com/a.jpg", a.RowData.Value);
        Assert.Equal(Lbx.At(ArrayForm, "\"https://cdn.example.com/a.jpg\""), a.RowData.Start);
        Assert.Equal("\"https://cdn.example.com/a.jpg\"".Length, a.RowData.Length);
        Assert.Equal("a", a.GlobalKey.Value);
        Assert.Equal("ext-a", a.ExternalId.Value);
        Assert.Equal("IMAGE", a.MediaType.Value);

        Assert.NotNull(a.Metadata);
        Assert.Equal(2, a.Metadata!.Count);
        Assert.Equal("tag", a.Metadata[0].Name.Value);
        Assert.False(a.Metadata[0].SchemaId.IsPresent);
        Assert.Equal(Lbx.At(ArrayForm, "{\"name\": \"tag\""), a.Metadata[0].Start);
        Assert.Equal("cko8sbczn0002h2dkdaxb5kal", a.Metadata[1].SchemaId.Value);
        Assert.Equal("cko8sbscr0003h2dk04w86hof", a.Metadata[1].Value.Text);

        ManifestAttachment attachment = Assert.Single(a.Attachments!);
        Assert.Equal("RAW_TEXT", attachment.Type.Value);
        Assert.Equal("note", attachment.Value.Value);
        Assert.Equal("n1", attachment.Name.Value);
        Assert.Equal(Lbx.At(ArrayForm, "{\"type\""), attachment.Start);

        ManifestRow b = doc.Rows[1];
        Assert.Null(b.Metadata);
        Assert.Null(b.Attachments);
        Assert.False(b.MediaType.IsPresent);

        Assert.Equal(new[] { "a", "b" }, result.Keys.Select(k => k.Key));
        Assert.All(result.Keys, k => Assert.Equal(Lbx.Path, k.Path));
        Assert.Equal(Lbx.At(ArrayForm, "\"a\""), result.Keys[0].Start);
        Assert.Equal(3, result.Keys[0].Length);
    }

    [Fact]
    public void EnvelopeFormReadsNameDatasetAndRows()
    {
        Checked result = Lbx.Check(EnvelopeForm);
        Assert.Empty(result.Problems);
        ManifestDocument doc = result.Document;
        Assert.Equal(ManifestForm.Envelope, doc.Form);
        Assert.True(doc.Complete);
        Assert.Equal("Cats", doc.Name.Value);
        Assert.Equal(Lbx.At(EnvelopeForm, "\"Cats\""), doc.Name.Start);
        Assert.Equal(6, doc.Name.Length);
        Assert.Equal("Cats 2026", doc.Dataset.Value);
        Assert.Equal(Lbx.At(EnvelopeForm, "["), doc.RowsStart);
        ManifestRow row = Assert.Single(doc.Rows);
        Assert.Equal("cat-1", row.GlobalKey.Value);
    }

    [Fact]
    public void EnvelopeKeysMayComeInAnyOrderAndAllAreOptionalButRows()
    {
        const string text = "{\"rows\": [{\"row_data\": \"https://a.com/x.jpg\", \"global_key\": \"x\"}], \"dataset\": \"D\"}";
        Checked result = Lbx.Check(text);
        Assert.Empty(result.Problems);
        Assert.Equal(ManifestForm.Envelope, result.Document.Form);
        Assert.Equal(9, result.Document.RowsStart);
        Assert.False(result.Document.Name.IsPresent);
        Assert.Equal("D", result.Document.Dataset.Value);
    }

    [Fact]
    public void LeadingByteOrderMarkIsNotContent()
    {
        Checked result = Lbx.Check("\uFEFF[{\"row_data\": \"https://a.com/x.jpg\", \"global_key\": \"x\"}]");
        Assert.Empty(result.Problems);
        Assert.Equal(1, result.Document.RowsStart);
        Assert.Equal(2, result.Document.Rows[0].Start);
    }

    [Fact]
    public void EscapedPropertyNamesAreRecognised()
    {
        Checked result = Lbx.Check("[{\"row\\u005fdata\": \"https://a.com/x.jpg\", \"global_key\": \"x\"}]");
        Assert.Empty(result.Problems);
        Assert.Equal("https://a.com/x.jpg", result.Document.Rows[0].RowData.Value);
    }

    [Fact]
    public void EscapedValuesAreDecoded()
    {
        Checked result = Lbx.Check("[{\"row_data\": \"https:\\/\\/a.com\\/x.jpg\", \"global_key\": \"caf\\u00e9\"}]");
        Assert.Empty(result.Problems);
        Assert.Equal("https://a.com/x.jpg", result.Document.Rows[0].RowData.Value);
        Assert.Equal("café", result.Document.Rows[0].GlobalKey.Value);
    }

    [Fact]
    public void NullRowsAreSkippedLikeAbsentOnes()
    {
        Checked result = Lbx.Check("[null, {\"row_data\": \"https://a.com/x.jpg\", \"global_key\": \"x\"}, null]");
        Assert.Empty(result.Problems);
        Assert.Single(result.Document.Rows);
    }
}
