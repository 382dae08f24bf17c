using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Rules.Tests.TestSupport;

/// <summary>A project's labelbox.metadata.json with one field of every kind, and its ids.</summary>
internal static class Schemas
{
    public const string TagId = "cko8s9r5v0001h2dk9elqdidh";
    public const string SplitId = "cko8sbczn0002h2dkdaxb5kal";
    public const string TrainId = "cko8sbscr0003h2dk04w86hof";
    public const string TestOptionId = "cko8scbz70005h2dkastwhgqt";
    public const string CaptureDateTimeId = "cko8sdzv70006h2dk8jg64zvb";

    public const string ExposureId = "clexposure000000000000001";
    public const string QualityId = "clquality0000000000000001";
    public const string BlurryId = "clblurry00000000000000001";

    public const string EveryKind = """
        {
          "$schema": "https://example.com/labelbox.metadata.schema.json",
          "fields": [
            { "name": "camera", "kind": "string", "description": "Camera model" },
            { "name": "exposure", "kind": "number", "schema_id": "clexposure000000000000001" },
            { "name": "shotAt", "kind": "datetime" },
            { "name": "quality", "kind": "enum", "schema_id": "clquality0000000000000001",
              "options": ["good", { "name": "blurry", "schema_id": "clblurry00000000000000001" }] },
            { "name": "clip", "kind": "embedding", "dimensions": 3 }
          ]
        }
        """;

    /// <summary>The schema of <see cref="EveryKind"/>; asserts the file itself has no problems.</summary>
    public static MetadataSchema Custom()
    {
        var sink = new ProblemSink();
        MetadataSchema schema = MetadataSchemaFile.Parse(EveryKind, sink, offset => "offset " + offset);
        Assert.Empty(sink.Problems);
        return schema;
    }
}
