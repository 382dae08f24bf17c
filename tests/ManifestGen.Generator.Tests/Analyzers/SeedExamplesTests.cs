using System.IO;
using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>The JSON examples of Labelbox's "Import image data" page, verbatim.</summary>
public class SeedExamplesTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "TestData", name));

    [Fact]
    public void StandardUrlExample_IsClean() =>
        Assert.Empty(AnalyzerRunner.Lines(Read("seed-standard-url.lbx.json")));

    [Fact]
    public void DelegatedAccessExample_OnlyFlagsThePlaceholderFieldName() => DiagnosticAssert.Lines(
        new[]
        {
            "(6,34): error LBX0402: There is no metadata field named '<metadata_field_name>'; declare it in labelbox.metadata.json, or use a reserved field (tag, split, captureDateTime)",
            "(13,34): error LBX0402: There is no metadata field named '<metadata_field_name>'; declare it in labelbox.metadata.json, or use a reserved field (tag, split, captureDateTime)",
        },
        AnalyzerRunner.Lines(Read("seed-delegated-access.lbx.json")));
}
