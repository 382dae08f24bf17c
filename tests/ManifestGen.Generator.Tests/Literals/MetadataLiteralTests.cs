using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.Literals;

/// <summary>Constant metadata values that do not fit their field (LBX2007), with the generated LabelboxMetadata.</summary>
public class MetadataLiteralTests
{
    private const string Schema = """
        {
          "fields": [
            { "name": "camera", "kind": "string" },
            { "name": "exposure", "kind": "number" },
            { "name": "shot_at", "kind": "datetime" },
            { "name": "clip", "kind": "embedding", "dimensions": 3 }
          ]
        }
        """;

    private static string[] Row(string calls) => LiteralProject.Lines(
        "using System;\nusing ManifestGen;\n\npublic static class Photos\n{\n    public static DataRowSpec Build(double[] vector, string text) =>\n"
        + "        DataRowSpec.Image(\"https://example.com/cats/1.jpg\")\n" + calls + "\n            .Build();\n}\n",
        Schema);

    [Fact]
    public void LBX2007_StringsOverTheLimit_AsLBX0405() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,52): error LBX2007: The value for metadata field 'camera' is 4097 characters long; Labelbox allows at most 4096, so shorten it",
            "Photos.cs(9,49): error LBX2007: The value for metadata field 'tag' is 4097 characters long; Labelbox allows at most 4096, so shorten it",
        },
        Row("            .WithMetadata(LabelboxMetadata.Camera, \"" + new string('c', 4097) + "\")\n"
            + "            .WithMetadata(LabelboxMetadata.Tag, \"" + new string('t', 4096) + "\" + \"!\")"));

    [Fact]
    public void LBX2007_NumbersThatAreNotFinite() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,54): error LBX2007: The value for metadata field 'exposure' (number) must be a finite number",
            "Photos.cs(9,54): error LBX2007: The value for metadata field 'exposure' (number) must be a finite number",
        },
        Row("            .WithMetadata(LabelboxMetadata.Exposure, double.NaN)\n"
            + "            .WithMetadata(LabelboxMetadata.Exposure, 1.0 / 0)\n"
            + "            .WithMetadata(LabelboxMetadata.Exposure, 0.25)"));

    [Fact]
    public void LBX2007_DateTimesParsedFromStringsThatAreNotIso8601() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,73): error LBX2007: The value for metadata field 'shot_at' (datetime) must be an ISO-8601 date-time such as \"2024-05-01T13:45:00Z\" (no offset means UTC); '05/01/2024 13:45' is not",
        },
        Row("            .WithMetadata(LabelboxMetadata.ShotAt, DateTimeOffset.Parse(\"05/01/2024 13:45\"))\n"
            + "            .WithMetadata(LabelboxMetadata.CaptureDateTime, DateTimeOffset.Parse(\"2024-05-01T13:45:00Z\"))"));

    [Fact]
    public void LBX2007_EmbeddingArraysOfAnotherLength_AsLBX0406() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,50): error LBX2007: The value for metadata field 'clip' has 2 numbers, but the embedding field takes exactly 3",
            "Photos.cs(9,50): error LBX2007: The value for metadata field 'clip' has 4 numbers, but the embedding field takes exactly 3",
            "Photos.cs(10,50): error LBX2007: The value for metadata field 'clip' (embedding) must hold finite numbers only",
        },
        Row("            .WithMetadata(LabelboxMetadata.Clip, new double[] { 1, 2 })\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, new double[4])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, new[] { 1.0, double.PositiveInfinity, 3 })\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, new[] { 1.0, 2, 3 })\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, vector)"));

    [Fact]
    public void LBX2007_CollectionExpressionsOfAnotherLength_AsArrays() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,50): error LBX2007: The value for metadata field 'clip' has 2 numbers, but the embedding field takes exactly 3",
            "Photos.cs(9,50): error LBX2007: The value for metadata field 'clip' has 4 numbers, but the embedding field takes exactly 3",
            "Photos.cs(10,50): error LBX2007: The value for metadata field 'clip' (embedding) must hold finite numbers only",
            "Photos.cs(11,50): error LBX2007: The value for metadata field 'clip' has 0 numbers, but the embedding field takes exactly 3",
        },
        Row("            .WithMetadata(LabelboxMetadata.Clip, [1.0, 2.0])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, [1, 2, 3, vector[0]])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, [1.0, double.NaN, 3])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, [])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, [1.0, 2, vector[0]])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, [.. vector])\n"
            + "            .WithMetadata(LabelboxMetadata.Clip, [1.0, .. vector])"));

    [Fact]
    public void FieldsCreatedInCode_AreJudgedByTheirType() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(10,34): error LBX2007: The value for metadata field 'score' (number) must be a finite number",
            "Photos.cs(11,33): error LBX2007: The value for metadata field 'pair' has 3 numbers, but the embedding field takes exactly 2",
            "Photos.cs(12,65): error LBX2007: The value for metadata field 'triple' has 2 numbers, but the embedding field takes exactly 3",
        },
        LiteralProject.Lines("""
            using ManifestGen;

            public static class Photos
            {
                private static readonly MetadataField<double> Score = MetadataField.Number("score");
                private static readonly EmbeddingMetadataField Pair = MetadataField.Embedding("pair", 2);

                public static DataRowSpec Build() =>
                    DataRowSpec.Image("https://example.com/cats/1.jpg")
                        .WithMetadata(Score, double.NegativeInfinity)
                        .WithMetadata(Pair, new double[] { 1, 2, 3 })
                        .WithMetadata(MetadataField.Embedding("triple", 3), new double[] { 1, 2 })
                        .Build();
            }
            """));

    [Fact]
    public void ValuesThatFitOrAreNotConstant_AreNotReported() => Assert.Empty(Row(
        "            .WithMetadata(LabelboxMetadata.Camera, text + text)\n"
        + "            .WithMetadata(LabelboxMetadata.Tag, \"" + new string('t', 4096) + "\")\n"
        + "            .WithMetadata(LabelboxMetadata.Exposure, Math.Sqrt(-1))\n"
        + "            .WithMetadata(LabelboxMetadata.ShotAt, DateTimeOffset.Parse(text))\n"
        + "            .WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Train)\n"
        + "            .WithMetadata(LabelboxMetadata.Clip, new double[] { 0.5, -1, 2e3 })"));
}
