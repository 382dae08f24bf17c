using System.IO;
using System.Linq;
using Json.Schema;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Schemas;

/// <summary>
/// The JSON Schemas in docs/schemas let editors complete and check keys before the build does:
/// every real example passes them, and structurally broken files fail both them and the analyzer.
/// </summary>
public class JsonSchemaTests
{
    private static readonly JsonSchema Manifest = JsonSchema.FromText(File.ReadAllText(RepoPaths.Combine("docs", "schemas", "lbx-manifest.schema.json")));
    private static readonly JsonSchema Metadata = JsonSchema.FromText(File.ReadAllText(RepoPaths.Combine("docs", "schemas", "labelbox-metadata.schema.json")));

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(RepoPaths.Combine("examples"), "*.lbx.json", SearchOption.AllDirectories)
                     .Concat(Directory.GetFiles(RepoPaths.Combine("tests", "ManifestGen.Generator.Tests", "TestData"), "*.lbx.json"))
                     .Where(f => !f.Contains("/bin/", System.StringComparison.Ordinal) && !f.Contains("/obj/", System.StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleManifest_PassesTheSchema(string file) =>
        Assert.True(Valid(Manifest, File.ReadAllText(Path.Combine(RepoPaths.Root, file))), file);

    [Fact]
    public void TheQuickStartMetadataFile_PassesTheSchema() =>
        Assert.True(Valid(Metadata, File.ReadAllText(RepoPaths.Combine("examples", "QuickStart", "labelbox.metadata.json"))));

    [Theory]
    [InlineData("\"https://example.com/a.jpg\"", "LBX0002")]
    [InlineData("{\"row_data\": \"https://example.com/a.jpg\"}", "LBX0002")]
    [InlineData("{\"rows\": [], \"owner\": \"me\"}", "LBX0003")]
    [InlineData("[{\"row_data\": \"https://example.com/a.jpg\", \"rowdata\": \"x\"}]", "LBX0003")]
    [InlineData("[{\"row_data\": 42}]", "LBX0004")]
    [InlineData("[{\"global_key\": \"k\"}]", "LBX0101")]
    [InlineData("[{\"row_data\": \"https://example.com/a.jpg\", \"media_type\": \"PHOTO\"}]", "LBX0301")]
    [InlineData("[{\"row_data\": \"https://example.com/a.jpg\", \"metadata_fields\": [{\"value\": \"x\"}]}]", "LBX0401")]
    [InlineData("[{\"row_data\": \"https://example.com/a.jpg\", \"attachments\": [{\"type\": \"TEXT\", \"value\": \"x\"}]}]", "LBX0502")]
    [InlineData("[{\"row_data\": \"https://example.com/a.jpg\", \"attachments\": [{\"type\": \"IMAGE\"}]}]", "LBX0501")]
    public void StructurallyBrokenManifests_FailTheSchemaAndTheAnalyzer(string manifest, string id)
    {
        Assert.False(Valid(Manifest, manifest));
        Assert.Contains(AnalyzerRunner.Run(("/p/x.lbx.json", manifest)), d => d.Id == id && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"strng\"}]}", "LBX0603")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"enum\"}]}", "LBX0603")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"embedding\"}]}", "LBX0603")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"options\": [\"x\"]}]}", "LBX0603")]
    [InlineData("{\"field\": []}", "LBX0601")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"schema_id\": \"short\"}]}", "LBX0601")]
    public void BrokenMetadataFiles_FailTheSchemaAndTheAnalyzer(string schema, string id)
    {
        Assert.False(Valid(Metadata, schema));
        Assert.Contains(AnalyzerRunner.Run(("/p/labelbox.metadata.json", schema), ("/p/a.lbx.json", "[]")), d => d.Id == id);
    }
}
