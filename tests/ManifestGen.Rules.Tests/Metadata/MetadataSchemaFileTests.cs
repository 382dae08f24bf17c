using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Metadata;

/// <summary>labelbox.metadata.json: LBX0601–LBX0603.</summary>
public class MetadataSchemaFileTests
{
    private sealed record Parsed(string Text, MetadataSchema Schema, ProblemSink Sink)
    {
        public string[] Ids => Sink.Problems.Select(p => p.Rule.Id).ToArray();

        public Problem Only
        {
            get
            {
                Assert.True(Sink.Problems.Count == 1, string.Join(" | ", Sink.Problems));
                return Sink.Problems[0];
            }
        }
    }

    private static Parsed Parse(string text)
    {
        var sink = new ProblemSink();
        MetadataSchema schema = MetadataSchemaFile.Parse(text, sink, offset => "offset " + offset);
        foreach (Problem p in sink.Problems)
        {
            Assert.True(p.Start >= 0 && p.Length >= 0 && p.Start + p.Length <= text.Length, "span out of the text: " + p);
        }

        return new Parsed(text, schema, sink);
    }

    /// <summary>A file declaring the one field <paramref name="fieldJson"/>.</summary>
    private static Parsed Field(string fieldJson) => Parse("{\"fields\": [" + fieldJson + "]}");

    // Valid files ----------------------------------------------------------------------------

    [Fact]
    public void EveryKindIsRead()
    {
        Parsed parsed = Parse(Schemas.EveryKind);
        Assert.Empty(parsed.Sink.Problems);
        MetadataSchema schema = parsed.Schema;
        Assert.Equal(new[] { "camera", "exposure", "shotAt", "quality", "clip" }, schema.Custom.Select(f => f.Name));
        Assert.Equal(new[] { MetadataKind.String, MetadataKind.Number, MetadataKind.DateTime, MetadataKind.Enum, MetadataKind.Embedding },
            schema.Custom.Select(f => f.Kind));
        Assert.All(schema.Custom, f => Assert.False(f.Reserved));
        Assert.Equal(new[] { "tag", "split", "captureDateTime", "camera", "exposure", "shotAt", "quality", "clip" }, schema.Fields.Select(f => f.Name));

        Assert.Null(schema.FindByName("camera")!.SchemaId);
        Assert.Same(schema.FindByName("exposure"), schema.FindBySchemaId(Schemas.ExposureId));
        MetadataFieldDefinition quality = schema.FindByName("quality")!;
        Assert.Equal(Schemas.QualityId, quality.SchemaId);
        Assert.Equal(new[] { "good", "blurry" }, quality.Options.Select(o => o.Name));
        Assert.Equal(new[] { null, Schemas.BlurryId }, quality.Options.Select(o => o.SchemaId));
        Assert.Equal("blurry", quality.FindOption(Schemas.BlurryId)!.Name);
        Assert.Equal(3, schema.FindByName("clip")!.Dimensions);
        Assert.Equal(0, quality.Dimensions);

        var option = schema.FindOptionById(Schemas.BlurryId);
        Assert.NotNull(option);
        Assert.Same(quality, option.Value.Field);
        Assert.Equal("blurry", option.Value.Option.Name);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"fields\": []}")]
    [InlineData("{\"fields\": null}")]
    [InlineData("\uFEFF{\"$schema\": \"x\", \"fields\": []}")]
    public void FilesWithoutFieldsAreFine(string text)
    {
        Parsed parsed = Parse(text);
        Assert.Empty(parsed.Sink.Problems);
        Assert.Empty(parsed.Schema.Custom);
        Assert.Equal(3, parsed.Schema.Fields.Count);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2048")]
    [InlineData("128.0")]
    public void EmbeddingDimensionsFrom1To2048AreFine(string dimensions)
    {
        Parsed parsed = Field("{\"name\": \"e\", \"kind\": \"embedding\", \"dimensions\": " + dimensions + "}");
        Assert.Empty(parsed.Sink.Problems);
        Assert.Single(parsed.Schema.Custom);
    }

    // LBX0601 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("", 0, 0, "not valid JSON: the text ends where a value was expected")]
    [InlineData("{\"fields\": [", 12, 0, "not valid JSON: the text ends inside an array")]
    [InlineData("{\"fields\": [],}", 14, 1, "not valid JSON: a trailing comma is not allowed before '}'")]
    [InlineData("{\"fields\": []} x", 15, 1, "not valid JSON: unexpected 'x' after the end of the JSON value")]
    public void InvalidJson(string text, int start, int length, string reason)
    {
        Problem p = Parse(text).Only;
        Lbx.Is(p, "LBX0601", start, length, "labelbox.metadata.json is invalid: " + reason);
    }

    [Fact]
    public void NestingTooDeepIsSaidAsSuchNotAsInvalidJson()
    {
        string text = "{\"fields\": [" + new string('[', 20) + new string(']', 20) + "]}";
        Problem p = Parse(text).Only;
        Lbx.Is(p, "LBX0601", 12 + 14, 1, "labelbox.metadata.json is invalid: it is nested deeper than 16 levels");
        Assert.DoesNotContain("not valid JSON", p.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", 2, "the root must be an object with a \"fields\" array, not an array")]
    [InlineData("\"fields\"", 8, "the root must be an object with a \"fields\" array, not a string")]
    [InlineData("null", 4, "the root must be an object with a \"fields\" array, not null")]
    public void WrongRoot(string text, int length, string reason)
    {
        Lbx.Is(Parse(text).Only, "LBX0601", 0, length, reason);
    }

    [Theory]
    [InlineData("{\"feilds\": []}", "\"feilds\"", "unknown property 'feilds' in the schema file; did you mean 'fields'?", "fields")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"knd\": 1}]}", "\"knd\"", "unknown property 'knd' in a field; did you mean 'kind'?", "kind")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"schemaId\": 1}]}", "\"schemaId\"", "unknown property 'schemaId' in a field; did you mean 'schema_id'?", "schema_id")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"unit\": \"mm\"}]}", "\"unit\"",
        "unknown property 'unit' in a field; use one of name, kind, schema_id, options, dimensions, description", null)]
    public void UnknownPropertySuggestsTheClosest(string text, string token, string reason, string? fix)
    {
        Problem p = Parse(text).Only;
        Lbx.Is(p, "LBX0601", Lbx.At(text, token), token.Length, "labelbox.metadata.json is invalid: " + reason);
        Assert.Equal(fix, p.Fix);
    }

    [Fact]
    public void UnknownOptionPropertyIsReported()
    {
        const string text = "{\"fields\": [{\"name\": \"q\", \"kind\": \"enum\", \"options\": [{\"nam\": \"good\", \"name\": \"good\"}]}]}";
        Problem p = Parse(text).Only;
        Lbx.Is(p, "LBX0601", Lbx.At(text, "\"nam\""), 5, "unknown property 'nam' in an option; did you mean 'name'?");
    }

    [Theory]
    [InlineData("{\"fields\": {}}", "{}", "'fields' must be an array, not an object")]
    [InlineData("{\"fields\": [7]}", "7", "'fields[0]' must be an object, not a number")]
    [InlineData("{\"$schema\": 1, \"fields\": []}", "1", "'$schema' must be a string, not a number")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"description\": false}]}", "false", "'description' must be a string, not a boolean")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"enum\", \"options\": [\"x\", 2]}]}", "2]", "'options[1]' must be a string or an object, not a number")]
    [InlineData("{\"fields\": [{\"name\": \"a\", \"kind\": \"enum\", \"options\": \"x\"}]}", "\"x\"", "'options' must be an array, not a string")]
    public void WrongTypes(string text, string token, string reason)
    {
        Parsed parsed = Parse(text);
        Problem p = parsed.Sink.Problems[0];
        int length = token.EndsWith(']') ? token.Length - 1 : token.Length;
        Lbx.Is(p, "LBX0601", Lbx.At(text, token), length, "labelbox.metadata.json is invalid: " + reason);
    }

    [Fact]
    public void WrongTypedNameLeavesTheFieldWithoutAName()
    {
        const string text = "{\"fields\": [{\"name\": 5, \"kind\": \"string\"}]}";
        Parsed parsed = Parse(text);
        Assert.Equal(new[] { "LBX0601", "LBX0601" }, parsed.Ids);
        Lbx.Is(parsed.Sink.Problems[0], "LBX0601", Lbx.At(text, "5"), 1, "'name' must be a string, not a number");
        Lbx.Is(parsed.Sink.Problems[1], "LBX0601", 12, 1, "every field needs a non-empty \"name\"");
        Assert.Empty(parsed.Schema.Custom);
    }

    [Theory]
    [InlineData("{\"kind\": \"string\"}", 12, 1)]
    [InlineData("{\"name\": \"\", \"kind\": \"string\"}", 21, 2)]
    [InlineData("{\"name\": \"  \", \"kind\": \"string\"}", 21, 4)]
    public void EveryFieldNeedsAName(string field, int start, int length)
    {
        Parsed parsed = Field(field);
        Lbx.Is(parsed.Only, "LBX0601", start, length, "every field needs a non-empty \"name\"");
        Assert.Empty(parsed.Schema.Custom);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("cko8s9r5v0001h2dk9elqdid")]
    [InlineData("cko8s9r5v0001h2dk9elqdidhh")]
    public void SchemaIdMustHave25Characters(string id)
    {
        string text = "{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"schema_id\": \"" + id + "\"}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0601", Lbx.At(text, "\"" + id + "\""), id.Length + 2,
            "schema_id '" + id + "' is not a Labelbox schema id (25 characters); copy it from Labelbox or leave it out");
        MetadataFieldDefinition field = Assert.Single(parsed.Schema.Custom);
        Assert.Null(field.SchemaId);
    }

    [Fact]
    public void OptionSchemaIdMustHave25CharactersToo()
    {
        const string text = "{\"fields\": [{\"name\": \"q\", \"kind\": \"enum\", \"options\": [{\"name\": \"good\", \"schema_id\": \"short\"}]}]}";
        Lbx.Is(Parse(text).Only, "LBX0601", Lbx.At(text, "\"short\""), 7, "schema_id 'short' is not a Labelbox schema id");
    }

    [Theory]
    [InlineData("[\"good\", \"blurry\", \"good\"]", 2)]
    [InlineData("[\"good\", {\"name\": \"good\"}]", 1)]
    public void DuplicateOptionPointsAtTheRepeat(string options, int occurrence)
    {
        string text = "{\"fields\": [{\"name\": \"q\", \"kind\": \"enum\", \"options\": " + options + "}]}";
        Parsed parsed = Parse(text);
        Problem p = parsed.Only;
        Assert.Equal("LBX0601", p.Rule.Id);
        Assert.Equal("labelbox.metadata.json is invalid: option 'good' is listed twice", p.Message);
        int start = occurrence == 2 ? Lbx.At(text, "\"good\"", 1) : Lbx.At(text, "{\"name\": \"good\"}");
        Assert.Equal(start, p.Start);
        Assert.Equal(occurrence == 2 ? 6 : 16, p.Length);
        Assert.Equal(occurrence == 2 ? 2 : 1, parsed.Schema.FindByName("q")!.Options.Count);
    }

    [Theory]
    [InlineData("[\"\"]", "an option needs a non-empty name")]
    [InlineData("[{\"schema_id\": null}]", "an option needs a non-empty \"name\"")]
    public void OptionsNeedNames(string options, string reason)
    {
        string text = "{\"fields\": [{\"name\": \"q\", \"kind\": \"enum\", \"options\": " + options + "}]}";
        Parsed parsed = Parse(text);
        Assert.Equal("LBX0601", parsed.Sink.Problems[0].Rule.Id);
        Assert.Contains(reason, parsed.Sink.Problems[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicatePropertyIsReported()
    {
        const string text = "{\"fields\": [{\"name\": \"a\", \"name\": \"b\", \"kind\": \"string\"}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0601", Lbx.At(text, "\"name\"", 1), 6, "property 'name' appears more than once in this object");
        Assert.Equal("b", Assert.Single(parsed.Schema.Custom).Name);
    }

    // LBX0602 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("tag", "tag")]
    [InlineData("split", "split")]
    [InlineData("captureDateTime", "captureDateTime")]
    public void ReservedNameIsRedefined(string name, string reserved)
    {
        string text = "{\"fields\": [{\"name\": \"" + name + "\", \"kind\": \"string\"}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0602", 21, name.Length + 2,
            "Metadata field '" + name + "' is a reserved Labelbox field; reserved fields are built in, so remove it from labelbox.metadata.json");
        Assert.Equal(name, reserved);
        Assert.Empty(parsed.Schema.Custom);
    }

    [Theory]
    [InlineData(Schemas.TagId, "tag")]
    [InlineData(Schemas.SplitId, "split")]
    [InlineData(Schemas.CaptureDateTimeId, "captureDateTime")]
    public void ReservedSchemaIdIsRedefined(string id, string reserved)
    {
        string text = "{\"fields\": [{\"name\": \"mine\", \"kind\": \"string\", \"schema_id\": \"" + id + "\"}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0602", 21, 6, "Metadata field 'mine' has the schema_id of the reserved field '" + reserved + "'; reserved fields are built in");
        Assert.Empty(parsed.Schema.Custom);
    }

    [Fact]
    public void ReservedOptionIdIsRedefined()
    {
        const string text = "{\"fields\": [{\"name\": \"mine\", \"kind\": \"string\", \"schema_id\": \"cko8sbscr0003h2dk04w86hof\"}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0602", 21, 6, "Metadata field 'mine' has the schema_id of option 'train' of the reserved field 'split'");
    }

    [Fact]
    public void TwoFieldsWithOneSchemaId_PointAtTheFirst()
    {
        const string text = "{\"fields\": [{\"name\": \"a\", \"kind\": \"string\", \"schema_id\": \"clcustomfield000000000000\"}, {\"name\": \"b\", \"kind\": \"string\", \"schema_id\": \"clcustomfield000000000000\"}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0602", text.LastIndexOf("\"clcustom", System.StringComparison.Ordinal), 27,
            "Metadata field 'b' has the schema_id of the field declared at offset " + text.IndexOf("\"a\"", System.StringComparison.Ordinal));
        Assert.Equal("a", Assert.Single(parsed.Schema.Custom).Name);
    }

    [Fact]
    public void DuplicateFieldPointsAtTheFirst()
    {
        const string text = "{\"fields\": [{\"name\": \"camera\", \"kind\": \"string\"}, {\"name\": \"camera\", \"kind\": \"number\"}]}";
        Parsed parsed = Parse(text);
        Problem p = parsed.Only;
        Lbx.Is(p, "LBX0602", Lbx.At(text, "\"camera\"", 1), 8,
            "Metadata field 'camera' is already declared at offset " + Lbx.At(text, "\"camera\"") + "; remove one of them");
        MetadataFieldDefinition camera = Assert.Single(parsed.Schema.Custom);
        Assert.Equal(MetadataKind.String, camera.Kind);
    }

    // LBX0603 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("strng", "did you mean 'string'?", "string")]
    [InlineData("String", "did you mean 'string'?", "string")]
    [InlineData("enums", "did you mean 'enum'?", "enum")]
    [InlineData("text", "use one of string, number, datetime, enum, embedding", null)]
    public void UnknownKindSuggestsTheClosest(string kind, string hint, string? fix)
    {
        string text = "{\"fields\": [{\"name\": \"f\", \"kind\": \"" + kind + "\"}]}";
        Parsed parsed = Parse(text);
        Problem p = parsed.Only;
        Lbx.Is(p, "LBX0603", Lbx.At(text, "\"" + kind + "\""), kind.Length + 2, "Metadata field 'f': kind '" + kind + "' is unknown; " + hint);
        Assert.Equal(fix, p.Fix);
        Assert.Empty(parsed.Schema.Custom);
    }

    [Fact]
    public void MissingKindPointsAtTheName()
    {
        Parsed parsed = Field("{\"name\": \"f\"}");
        Lbx.Is(parsed.Only, "LBX0603", 21, 3, "Metadata field 'f': it has no \"kind\"; use one of string, number, datetime, enum, embedding");
    }

    [Fact]
    public void EnumWithoutOptionsPointsAtTheKind()
    {
        const string text = "{\"fields\": [{\"name\": \"q\", \"kind\": \"enum\"}]}";
        Lbx.Is(Parse(text).Only, "LBX0603", Lbx.At(text, "\"enum\""), 6, "Metadata field 'q': an enum needs \"options\", e.g. [\"good\", \"blurry\"]");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public void EnumWithEmptyOptionsPointsAtThem(string options)
    {
        string text = "{\"fields\": [{\"name\": \"q\", \"kind\": \"enum\", \"options\": " + options + "}]}";
        Lbx.Is(Parse(text).Only, "LBX0603", Lbx.At(text, options), 1, "an enum needs \"options\"");
    }

    [Fact]
    public void OptionsOnANonEnumPointAtThem()
    {
        const string text = "{\"fields\": [{\"name\": \"s\", \"kind\": \"string\", \"options\": [\"a\"]}]}";
        Lbx.Is(Parse(text).Only, "LBX0603", Lbx.At(text, "[\"a\"]"), 1, "Metadata field 's': only an enum has \"options\"; remove them or make the kind \"enum\"");
    }

    [Fact]
    public void EmbeddingWithoutDimensionsPointsAtTheKind()
    {
        const string text = "{\"fields\": [{\"name\": \"e\", \"kind\": \"embedding\"}]}";
        Lbx.Is(Parse(text).Only, "LBX0603", Lbx.At(text, "\"embedding\""), 11,
            "Metadata field 'e': an embedding needs \"dimensions\", a whole number from 1 to 2048");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("4096")]
    [InlineData("2.5")]
    [InlineData("1e400")]
    public void EmbeddingWithBadDimensionsPointsAtThem(string dimensions)
    {
        string text = "{\"fields\": [{\"name\": \"e\", \"kind\": \"embedding\", \"dimensions\": " + dimensions + "}]}";
        Parsed parsed = Parse(text);
        Lbx.Is(parsed.Only, "LBX0603", Lbx.At(text, dimensions + "}"), dimensions.Length, "an embedding needs \"dimensions\", a whole number from 1 to 2048");
        Assert.Empty(parsed.Schema.Custom);
    }

    [Fact]
    public void NonNumericDimensionsAreAWrongTypeAndABadKind()
    {
        const string text = "{\"fields\": [{\"name\": \"e\", \"kind\": \"embedding\", \"dimensions\": \"3\"}]}";
        Parsed parsed = Parse(text);
        Assert.Equal(new[] { "LBX0601", "LBX0603" }, parsed.Ids);
        Lbx.Is(parsed.Sink.Problems[0], "LBX0601", Lbx.At(text, "\"3\""), 3, "'dimensions' must be a whole number, not a string");
        Lbx.Is(parsed.Sink.Problems[1], "LBX0603", Lbx.At(text, "\"3\""), 3, "an embedding needs \"dimensions\"");
    }

    [Fact]
    public void BadFieldsAreLeftOutAndGoodOnesKept()
    {
        Parsed parsed = Parse("{\"fields\": [{\"name\": \"a\", \"kind\": \"string\"}, {\"name\": \"b\", \"kind\": \"nope\"}, {\"name\": \"c\", \"kind\": \"number\"}]}");
        Assert.Equal(new[] { "LBX0603" }, parsed.Ids);
        Assert.Equal(new[] { "a", "c" }, parsed.Schema.Custom.Select(f => f.Name));
    }

    [Fact]
    public void TooLargeFileIsRejectedUnread()
    {
        string text = new string(' ', ManifestGen.Rules.Manifest.ManifestLimits.MaxChars + 1);
        var sink = new ProblemSink();
        MetadataSchemaFile.Parse(text, sink, o => "");
        Lbx.Is(Assert.Single(sink.Problems), "LBX0601", 0, 0, "the file is too large");
    }

    // File names -----------------------------------------------------------------------------

    [Theory]
    [InlineData("labelbox.metadata.json", true)]
    [InlineData("src/labelbox.metadata.json", true)]
    [InlineData("C:\\repo\\LABELBOX.METADATA.JSON", true)]
    [InlineData("mylabelbox.metadata.json", false)]
    [InlineData("labelbox.metadata.json.bak", false)]
    [InlineData("labelbox.json", false)]
    public void IsSchemaFileMatchesTheFileNameOnly(string path, bool expected) =>
        Assert.Equal(expected, MetadataSchemaFile.IsSchemaFile(path));
}
