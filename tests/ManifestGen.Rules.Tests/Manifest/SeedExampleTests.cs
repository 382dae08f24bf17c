using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>The two import examples of the seed page ("Import image data"), verbatim.</summary>
public class SeedExampleTests
{
    [Fact]
    public void StandardUrlExampleHasNoProblemsAtAll()
    {
        Checked result = Lbx.Check(TestFiles.Read("seed-standard-url.lbx.json"));
        Assert.True(result.Problems.Count == 0, result.Dump());
        Assert.Equal(ManifestForm.Array, result.Document.Form);
        Assert.True(result.Document.Complete);
        Assert.Equal(2, result.Document.Rows.Count);
        Assert.Equal(2, result.Keys.Count);
    }

    [Fact]
    public void DelegatedAccessUrlExampleOnlyLacksItsPlaceholderField()
    {
        Checked result = Lbx.Check(TestFiles.Read("seed-delegated-access-url.lbx.json"));
        Assert.Equal(new[] { "LBX0402", "LBX0402" }, result.Ids);
        const string placeholder = "\"<metadata_field_name>\"";
        for (int i = 0; i < 2; i++)
        {
            Problem p = result.Problems[i];
            Lbx.Is(p, "LBX0402", Lbx.At(result.Text, placeholder, i), placeholder.Length,
                "There is no metadata field named '<metadata_field_name>'; declare it in labelbox.metadata.json, or use a reserved field (tag, split, captureDateTime)");
            Assert.Null(p.Fix);
        }

        Assert.Equal(2, result.Document.Rows.Count);
    }

    [Fact]
    public void DelegatedAccessUrlExampleIsCleanOnceItsFieldIsDeclared()
    {
        var sink = new ProblemSink();
        var schema = ManifestGen.Rules.Metadata.MetadataSchemaFile.Parse(
            "{\"fields\": [{\"name\": \"<metadata_field_name>\", \"kind\": \"string\"}]}", sink, o => "offset " + o);
        Assert.Empty(sink.Problems);
        Checked result = Lbx.Check(TestFiles.Read("seed-delegated-access-url.lbx.json"), schema);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void SeedExamplesUseVirtualHostedS3Urls()
    {
        Checked result = Lbx.Check(TestFiles.Read("seed-delegated-access-url.lbx.json"));
        Assert.DoesNotContain(result.Problems, p => p.Rule.Id == "LBX0103");
        Assert.All(result.Document.Rows, r => Assert.StartsWith("https://lb-test-data.s3.us-west-1.amazonaws.com/", r.RowData.Value, System.StringComparison.Ordinal));
        Assert.Equal(2, result.Keys.Select(k => k.Key).Distinct().Count());
    }
}
