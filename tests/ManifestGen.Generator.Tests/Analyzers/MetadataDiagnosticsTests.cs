using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>Metadata, attachment and metadata-schema diagnostics (LBX04xx–LBX06xx), exactly as built.</summary>
public class MetadataDiagnosticsTests
{
    private const string Schema = """
        {
          "fields": [
            { "name": "camera", "kind": "string" },
            { "name": "exposure", "kind": "number" },
            { "name": "shot_at", "kind": "datetime" },
            { "name": "quality", "kind": "enum", "options": ["good", { "name": "blurry", "schema_id": "clqualityblurry0000000000" }] },
            { "name": "clip", "kind": "embedding", "dimensions": 3, "schema_id": "clclipembedding0000000000" }
          ]
        }
        """;

    /// <summary>A one-row manifest whose metadata_fields array is <paramref name="fields"/>, on line 2.</summary>
    private static string[] Row(string fields) => AnalyzerRunner.Lines(
        "[{\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"k1\",\n\"metadata_fields\": [" + fields + "]}]", Schema);

    [Fact]
    public void ValidFieldsOfEveryKind_AreClean() => Assert.Empty(Row(
        "{\"name\": \"camera\", \"value\": \"D850\"}, {\"name\": \"exposure\", \"value\": 0.25}, {\"name\": \"shot_at\", \"value\": \"2024-05-01 13:45\"},"
        + " {\"name\": \"quality\", \"value\": \"blurry\"}, {\"schema_id\": \"clclipembedding0000000000\", \"value\": [1, 2.5, -3]},"
        + " {\"name\": \"split\", \"value\": \"cko8sbscr0003h2dk04w86hof\"}, {\"name\": \"tag\", \"schema_id\": \"cko8s9r5v0001h2dk9elqdidh\", \"value\": \"t\"}"));

    [Fact]
    public void LBX0401_NeitherNameNorSchemaId() => DiagnosticAssert.Lines(
        new[] { "(2,21): error LBX0401: A metadata field needs \"name\" (e.g. \"tag\") or \"schema_id\" to say which field it sets" },
        Row("{\"value\": \"x\"}"));

    [Fact]
    public void LBX0402_UnknownName_SuggestsTheClosest() => DiagnosticAssert.Lines(
        new[] { "(2,30): error LBX0402: There is no metadata field named 'camra'; did you mean 'camera'?" },
        Row("{\"name\": \"camra\", \"value\": \"x\"}"));

    [Fact]
    public void LBX0403_OptionIdUsedAsSchemaId_NamesTheField() => DiagnosticAssert.Lines(
        new[] { "(2,35): error LBX0403: Schema id 'cko8sbscr0003h2dk04w86hof' is not a reserved metadata field nor one declared in labelbox.metadata.json; it is the id of option 'train' of 'split'; set the field instead: {\"name\": \"split\", \"value\": \"train\"}" },
        Row("{\"schema_id\": \"cko8sbscr0003h2dk04w86hof\", \"value\": \"x\"}"));

    [Fact]
    public void LBX0404_ValueDoesNotFitTheKind() => DiagnosticAssert.Lines(
        new[]
        {
            "(2,51): error LBX0404: The value of metadata field 'exposure' (number) must be a number, not a boolean",
            "(2,87): error LBX0404: The value of metadata field 'shot_at' (datetime) must be an ISO-8601 date-time such as \"2024-05-01T13:45:00Z\" (no offset means UTC); '2024-13-01' is not",
            "(2,131): error LBX0404: The value of metadata field 'quality' (enum) must be one of its options; 'gud' is not one of them, did you mean 'good'?",
            "(2,139): error LBX0404: The value of metadata field 'camera' (string) has no \"value\"; add one",
        },
        Row("{\"name\": \"exposure\", \"value\": true}, {\"name\": \"shot_at\", \"value\": \"2024-13-01\"}, {\"name\": \"quality\", \"value\": \"gud\"}, {\"name\": \"camera\"}"));

    [Fact]
    public void LBX0404_EnumGivenBySchemaId_TakesAnOptionIdNotAName()
    {
        DiagnosticAssert.Lines(
            new[] { "(2,73): error LBX0404: The value of metadata field 'split' (enum) is given by schema_id, so Labelbox takes an option's schema id, not its name 'train'; use 'cko8sbscr0003h2dk04w86hof', or give the field by \"name\": \"split\"" },
            Row("{\"schema_id\": \"cko8sbczn0002h2dkdaxb5kal\", \"value\": \"train\"}"));
        Assert.Empty(Row("{\"schema_id\": \"cko8sbczn0002h2dkdaxb5kal\", \"value\": \"cko8sbscr0003h2dk04w86hof\"}"));
        Assert.Empty(Row("{\"name\": \"split\", \"value\": \"train\"}"));
    }

    [Fact]
    public void LBX0405_StringOver4096Characters() => DiagnosticAssert.Lines(
        new[] { "(2,46): error LBX0405: The value of metadata field 'tag' is 4097 characters long; Labelbox allows at most 4096, so shorten it" },
        Row("{\"name\": \"tag\", \"value\": \"" + new string('t', 4097) + "\"}"));

    [Fact]
    public void LBX0406_EmbeddingDimension() => DiagnosticAssert.Lines(
        new[] { "(2,47): error LBX0406: Embedding field 'clip' takes exactly 3 numbers, but this value has 2" },
        Row("{\"name\": \"clip\", \"value\": [1, 2]}"));

    [Fact]
    public void LBX0407_SameFieldTwice_PointsAtTheFirst() => DiagnosticAssert.Lines(
        new[] { "(2,66): warning LBX0407: Metadata field 'tag' is already set on this row at line 2, column 30; Labelbox rejects a row that sets a field twice, so keep one" },
        Row("{\"name\": \"tag\", \"value\": \"a\"}, {\"schema_id\": \"cko8s9r5v0001h2dk9elqdidh\", \"value\": \"b\"}"));

    [Fact]
    public void LBX0408_NameAndSchemaIdDisagree() => DiagnosticAssert.Lines(
        new[] { "(2,53): error LBX0408: \"name\": 'camera' and \"schema_id\": 'cko8s9r5v0001h2dk9elqdidh' are different fields ('cko8s9r5v0001h2dk9elqdidh' is 'tag'); keep only the one you mean" },
        Row("{\"name\": \"camera\", \"schema_id\": \"cko8s9r5v0001h2dk9elqdidh\", \"value\": \"x\"}"));

    private static string[] Attachments(string attachments) => AnalyzerRunner.Lines(
        "[{\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"k1\",\n\"attachments\": [" + attachments + "]}]");

    [Fact]
    public void LBX0501_AttachmentWithoutValue() => DiagnosticAssert.Lines(
        new[] { "(2,17): error LBX0501: An attachment needs \"type\" and a non-empty \"value\"; this one has no \"value\"" },
        Attachments("{\"type\": \"IMAGE_OVERLAY\"}"));

    [Fact]
    public void LBX0502_UnknownAttachmentType() => DiagnosticAssert.Lines(
        new[] { "(2,26): error LBX0502: Attachment type 'TEXT' is not one Labelbox knows; did you mean 'RAW_TEXT'?" },
        Attachments("{\"type\": \"TEXT\", \"value\": \"x\"}"));

    [Fact]
    public void LBX0503_AttachmentUrlMustBeHttps() => DiagnosticAssert.Lines(
        new[] { "(2,52): error LBX0503: The value of IMAGE_OVERLAY attachments must be an https URL; 'http://example.com/rgb.jpg' uses http; use 'https://example.com/rgb.jpg'" },
        Attachments("{\"type\": \"IMAGE_OVERLAY\", \"value\": \"http://example.com/rgb.jpg\"}"));

    [Fact]
    public void LBX0504_EmptyRawText() => DiagnosticAssert.Lines(
        new[] { "(2,47): error LBX0504: A RAW_TEXT attachment needs the text itself in \"value\"; add the text or remove the attachment" },
        Attachments("{\"type\": \"RAW_TEXT\", \"value\": \"  \"}"));

    private static string[] SchemaFile(string schema) =>
        AnalyzerRunner.Format(AnalyzerRunner.Run(("/p/labelbox.metadata.json", schema), ("/p/a.lbx.json", "[{\"row_data\": \"https://e.com/a.jpg\", \"global_key\": \"k\"}]")), includePath: false);

    [Fact]
    public void LBX0601_InvalidSchemaFile() => DiagnosticAssert.Lines(
        new[]
        {
            "(1,2): error LBX0601: labelbox.metadata.json is invalid: unknown property 'field' in the schema file; did you mean 'fields'?",
            "(1,13): error LBX0601: labelbox.metadata.json is invalid: not valid JSON: expected ',' or '}' but found ']'",
        },
        SchemaFile("{\"field\": []]"));

    [Fact]
    public void LBX0602_ReservedOrDuplicateField() => DiagnosticAssert.Lines(
        new[]
        {
            "(1,22): error LBX0602: Metadata field 'tag' is a reserved Labelbox field; reserved fields are built in, so remove it from labelbox.metadata.json",
            "(1,93): error LBX0602: Metadata field 'lens' is already declared at line 1, column 57; remove one of them",
        },
        SchemaFile("{\"fields\": [{\"name\": \"tag\", \"kind\": \"string\"}, {\"name\": \"lens\", \"kind\": \"string\"}, {\"name\": \"lens\", \"kind\": \"number\"}]}"));

    [Fact]
    public void LBX0603_BadKind() => DiagnosticAssert.Lines(
        new[]
        {
            "(1,35): error LBX0603: Metadata field 'a': kind 'strng' is unknown; did you mean 'string'?",
            "(1,86): error LBX0603: Metadata field 'b': an enum needs \"options\", e.g. [\"good\", \"blurry\"]",
            "(1,140): error LBX0603: Metadata field 'c': an embedding needs \"dimensions\", a whole number from 1 to 2048",
        },
        SchemaFile("{\"fields\": [{\"name\": \"a\", \"kind\": \"strng\"}, {\"name\": \"b\", \"kind\": \"enum\", \"options\": []}, {\"name\": \"c\", \"kind\": \"embedding\", \"dimensions\": 4096}]}"));
}
