using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0001–LBX0007: what the parser reports about a manifest's JSON and shape.</summary>
public class ManifestParserStructureTests
{
    private const string Url = "\"https://cdn.example.com/a.jpg\"";

    // LBX0001 --------------------------------------------------------------------------------

    [Fact]
    public void EmptyFileIsInvalidJsonAtZeroWithoutASpanPastTheEnd()
    {
        Checked result = Lbx.Check("");
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0001", 0, 0, "Not valid JSON: the file is empty; a manifest is a JSON array of rows");
        Assert.Equal(ManifestForm.Invalid, result.Document.Form);
        Assert.False(result.Document.Complete);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF \n")]
    public void BlankFileIsInvalidJsonAtZero(string text)
    {
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0001", 0, 1, "the file is empty");
    }

    [Fact]
    public void TrailingCommaPointsAtTheClosingBrace()
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"a\",}]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0001", text.Length - 2, 1, "Not valid JSON: a trailing comma is not allowed before '}'");
        Assert.False(result.Document.Complete);
        Assert.Empty(result.Document.Rows);
    }

    [Fact]
    public void TruncatedFileIsReportedAtItsEndWithAnEmptySpan()
    {
        string text = "[{\"row_data\": " + Url;
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0001", text.Length, 0, "the text ends inside an object");
    }

    [Fact]
    public void UnclosedStringIsReportedAtItsOpeningQuote()
    {
        const string text = "[{\"row_data\": \"https://cdn.example.com/a.jpg}]";
        Checked result = Lbx.Check(text);
        Lbx.Is(result.Single("LBX0001"), "LBX0001", 14, 1, "the string that starts here is never closed");
    }

    [Fact]
    public void RowsBeforeASyntaxErrorAreKeptButTheDocumentIsIncomplete()
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"a\"}, {\"global_key\": \"b\"]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0001", text.Length - 1, 1, "expected ',' or '}' but found ']'");
        Assert.Single(result.Document.Rows);
        Assert.False(result.Document.Complete);
        Assert.Equal(ManifestForm.Array, result.Document.Form);
    }

    [Fact]
    public void TextAfterTheRootIsInvalid()
    {
        Checked result = Lbx.Check("[] []");
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0001", 3, 1, "unexpected '[' after the end of the JSON value");
    }

    // LBX0002 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("42", "but it is a number")]
    [InlineData("\"rows\"", "but it is a string")]
    [InlineData("true", "but it is a boolean")]
    [InlineData("null", "but it is null")]
    public void ScalarRootIsNotAManifest(string text, string fragment)
    {
        Checked result = Lbx.Check(" " + text + " ");
        Assert.Equal(new[] { "LBX0002" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0002", 1, text.Length, "The manifest must be an array of rows or an object with a \"rows\" array", fragment);
        Assert.Equal(ManifestForm.Invalid, result.Document.Form);
        Assert.False(result.Document.Complete);
    }

    [Fact]
    public void RootObjectWithoutRowsGivesOnlyLbx0002()
    {
        string text = "{\"row_data\": " + Url + ", \"global_key\": \"a\", \"media_typ\": \"IMAGE\"}";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0002" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0002", 0, 1, "this object has no \"rows\" array; to import a single row, put it inside [ ]");
        Assert.Equal(ManifestForm.Invalid, result.Document.Form);
        Assert.False(result.Document.Complete);
        Assert.Empty(result.Document.Rows);
    }

    [Fact]
    public void EmptyRootObjectGivesOnlyLbx0002()
    {
        Checked result = Lbx.Check("  {}");
        Assert.Equal(new[] { "LBX0002" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0002", 2, 1);
    }

    [Fact]
    public void NullRowsCountAsAbsent()
    {
        Checked result = Lbx.Check("{\"name\": \"Cats\", \"rows\": null, \"row_data\": " + Url + "}");
        Assert.Equal(new[] { "LBX0002" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0002", 0, 1, "has no \"rows\" array");
    }

    [Fact]
    public void EnvelopeTypeErrorsAreStillReportedWithoutRows()
    {
        const string text = "{\"name\": 7}";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0004", "LBX0002" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0004", 9, 1, "'name' must be a string, not a number");
    }

    // LBX0003 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("rowdata", "row_data")]
    [InlineData("Row_Data", "row_data")]
    [InlineData("globalKey", "global_key")]
    [InlineData("global-key", "global_key")]
    [InlineData("externalId", "external_id")]
    [InlineData("mediaType", "media_type")]
    [InlineData("metadataFields", "metadata_fields")]
    [InlineData("attachment", "attachments")]
    public void UnknownRowPropertySuggestsTheClosestOne(string written, string meant)
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"a\", \"" + written + "\": null}]";
        Checked result = Lbx.Check(text);
        Problem p = result.Single("LBX0003");
        Lbx.IsAt(p, "LBX0003", text, "\"" + written + "\"",
            "Unknown property '" + written + "' in a row; did you mean '" + meant + "'?");
        Assert.Equal(meant, p.Fix);
        Assert.Equal(new[] { "LBX0003" }, result.Ids);
    }

    [Fact]
    public void UnknownPropertyWithNothingCloseListsTheKnownOnes()
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"a\", \"thumbnail\": \"x\"}]";
        Problem p = Lbx.Check(text).Single("LBX0003");
        Lbx.IsAt(p, "LBX0003", text, "\"thumbnail\"",
            "Unknown property 'thumbnail' in a row; use one of row_data, global_key, external_id, media_type, metadata_fields, attachments");
        Assert.Null(p.Fix);
    }

    [Fact]
    public void UnknownEnvelopePropertyIsReportedWhenThereAreRows()
    {
        const string text = "{\"nam\": \"Cats\", \"rows\": []}";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0003", "LBX0006" }, result.Ids);
        Problem p = result.Single("LBX0003");
        Lbx.Is(p, "LBX0003", 1, 5, "Unknown property 'nam' in the manifest envelope; did you mean 'name'?");
        Assert.Equal("name", p.Fix);
    }

    [Fact]
    public void UnknownMetadataAndAttachmentPropertiesAreReported()
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"a\", "
            + "\"metadata_fields\": [{\"name\": \"tag\", \"valu\": \"x\", \"value\": \"y\"}], "
            + "\"attachments\": [{\"typ\": \"IMAGE\", \"type\": \"IMAGE\", \"value\": " + Url + "}]}]";
        Checked result = Lbx.Check(text);
        Problem[] unknown = result.All("LBX0003");
        Assert.Equal(2, unknown.Length);
        Lbx.IsAt(unknown[0], "LBX0003", text, "\"valu\"", "Unknown property 'valu' in a metadata field; did you mean 'value'?");
        Assert.Equal("value", unknown[0].Fix);
        Lbx.IsAt(unknown[1], "LBX0003", text, "\"typ\"", "Unknown property 'typ' in an attachment; did you mean 'type'?");
        Assert.Equal("type", unknown[1].Fix);
    }

    [Fact]
    public void UnknownPropertyNameIsQuotedSafely()
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"a\", \"bad\\nname\": 1}]";
        Problem p = Lbx.Check(text).Single("LBX0003");
        Assert.Contains("'bad\\u000Aname'", p.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\n', p.Message);
    }

    [Fact]
    public void UnknownPropertyInsideEnvelopeRowsIsReported()
    {
        string text = "{\"rows\": [{\"row_data\": " + Url + ", \"global_key\": \"a\", \"mediatype\": \"IMAGE\"}]}";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0003" }, result.Ids);
        Lbx.IsAt(result.Problems[0], "LBX0003", text, "\"mediatype\"", "did you mean 'media_type'?");
    }

    // LBX0004 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"row_data\": 5", "5", 1, "'row_data' must be a string, not a number")]
    [InlineData("\"global_key\": true", "true", 4, "'global_key' must be a string, not a boolean")]
    [InlineData("\"external_id\": [1]", "[1]", 3, "'external_id' must be a string, not an array")]
    [InlineData("\"media_type\": {}", "{}", 2, "'media_type' must be a string, not an object")]
    [InlineData("\"metadata_fields\": {\"name\": \"tag\"}", "{\"name\": \"tag\"}", 15, "'metadata_fields' must be an array, not an object")]
    [InlineData("\"attachments\": \"IMAGE\"", "\"IMAGE\"", 7, "'attachments' must be an array, not a string")]
    [InlineData("\"metadata_fields\": [5]", "5]", 1, "'metadata_fields[0]' must be an object, not a number")]
    [InlineData("\"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"t\"}, []]", "[]]", 2, "'attachments[1]' must be an object, not an array")]
    [InlineData("\"metadata_fields\": [{\"name\": 3, \"value\": 1}]", "3,", 1, "'name' must be a string, not a number")]
    [InlineData("\"metadata_fields\": [{\"schema_id\": false, \"value\": 1}]", "false", 5, "'schema_id' must be a string, not a boolean")]
    [InlineData("\"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": 12}]", "12", 2, "'value' must be a string, not a number")]
    [InlineData("\"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"v\", \"name\": 1.5}]", "1.5", 3, "'name' must be a string, not a number")]
    public void WrongJsonTypeCoversTheValue(string member, string token, int length, string message)
    {
        string text = member.StartsWith("\"row_data\"", System.StringComparison.Ordinal)
            ? "[{" + member + ", \"global_key\": \"k\"}]"
            : "[{\"row_data\": " + Url + ", " + member + (member.StartsWith("\"global_key\"", System.StringComparison.Ordinal) ? "" : ", \"global_key\": \"k\"") + "}]";
        Checked result = Lbx.Check(text);
        Problem p = result.All("LBX0004")[0];
        Lbx.Is(p, "LBX0004", Lbx.At(text, token), length, message);
    }

    [Fact]
    public void WrongTypedRowDataIsAlsoMissing()
    {
        const string text = "[{\"row_data\": 5, \"global_key\": \"k\"}]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0004", "LBX0101" }, result.Ids);
        Lbx.Is(result.Problems[1], "LBX0101", 1, 1);
    }

    [Fact]
    public void NonObjectRowsAreReportedByIndex()
    {
        string text = "[1, \"two\", {\"row_data\": " + Url + ", \"global_key\": \"a\"}, [3]]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0004", "LBX0004", "LBX0004" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0004", 1, 1, "'rows[0]' must be an object, not a number");
        Lbx.IsAt(result.Problems[1], "LBX0004", text, "\"two\"", "'rows[1]' must be an object, not a string");
        Lbx.IsAt(result.Problems[2], "LBX0004", text, "[3]", "'rows[3]' must be an object, not an array");
        Assert.Single(result.Document.Rows);
    }

    [Fact]
    public void RowsThatAreNotAnArrayAreAWrongType()
    {
        const string text = "{\"name\": \"x\", \"rows\": {\"row_data\": \"https://a.com/a.jpg\"}}";
        Checked result = Lbx.Check(text);
        Lbx.IsAt(result.All("LBX0004")[0], "LBX0004", text, "{\"row_data\": \"https://a.com/a.jpg\"}", "'rows' must be an array, not an object");
        Assert.DoesNotContain("LBX0002", result.Ids);
        Assert.DoesNotContain("LBX0003", result.Ids);
    }

    // LBX0005 --------------------------------------------------------------------------------

    [Fact]
    public void DuplicateRowPropertyPointsAtTheRepeat()
    {
        const string text = "[{\"row_data\": \"https://a.com/a.jpg\", \"global_key\": \"k\", \"row_data\": \"https://a.com/b.jpg\"}]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0005" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0005", Lbx.At(text, "\"row_data\"", 1), 10,
            "Property 'row_data' appears more than once in this object and only the last one would count; remove the duplicate");
        Assert.Equal("https://a.com/b.jpg", result.Document.Rows[0].RowData.Value);
    }

    [Fact]
    public void DuplicatesAreFoundInEveryObjectKind()
    {
        const string text = "{\"name\": \"a\", \"name\": \"b\", \"rows\": [{\"row_data\": \"https://a.com/a.jpg\", \"global_key\": \"k\", "
            + "\"metadata_fields\": [{\"name\": \"tag\", \"value\": \"x\", \"value\": \"y\"}], "
            + "\"attachments\": [{\"type\": \"RAW_TEXT\", \"type\": \"RAW_TEXT\", \"value\": \"t\"}]}]}";
        Checked result = Lbx.Check(text);
        Problem[] duplicates = result.All("LBX0005");
        Assert.Equal(3, duplicates.Length);
        Lbx.Is(duplicates[0], "LBX0005", Lbx.At(text, "\"name\"", 1), 6, "'name'");
        Lbx.Is(duplicates[1], "LBX0005", Lbx.At(text, "\"value\"", 1), 7, "'value'");
        Lbx.Is(duplicates[2], "LBX0005", Lbx.At(text, "\"type\"", 1), 6, "'type'");
    }

    // LBX0006 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("[]", 0)]
    [InlineData("  [ \n ]", 2)]
    [InlineData("\uFEFF[]", 1)]
    [InlineData("[null]", 0)]
    [InlineData("{\"rows\": []}", 9)]
    [InlineData("{\"name\": \"x\", \"rows\" : [ ] }", 23)]
    public void NoRowsIsAWarningAtTheRowsArray(string text, int start)
    {
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0006" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.Is(p, "LBX0006", start, 1, "The manifest has no rows, so importing it does nothing");
        Assert.Equal(RuleSeverity.Warning, p.Rule.Severity);
        Assert.False(result.Sink.HasErrors);
    }

    [Fact]
    public void IncompleteDocumentsDoNotClaimToHaveNoRows()
    {
        Checked result = Lbx.Check("[");
        Assert.Equal(new[] { "LBX0001" }, result.Ids);
    }

    // LBX0007 --------------------------------------------------------------------------------

    [Fact]
    public void DeepNestingIsOverLimitAtTheFirstLevelTooDeep()
    {
        string text = new string('[', 1000);
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0007" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0007", ManifestLimits.MaxDepth, 1,
            "The manifest is nested deeper than 64 levels; a Labelbox import row needs at most five, so simplify the JSON");
        Assert.False(result.Document.Complete);
    }

    [Fact]
    public void DeepNestingInsideAMetadataValueIsOverLimit()
    {
        string text = "[{\"row_data\": " + Url + ", \"metadata_fields\": [{\"name\": \"tag\", \"value\": "
            + new string('[', 100) + new string(']', 100) + "}]}]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0007" }, result.Ids);
        // root [, row {, metadata_fields [, field { take four levels; the value may use the other 60.
        Lbx.Is(result.Problems[0], "LBX0007", Lbx.At(text, "[[[") + 60, 1, "nested deeper than 64 levels");
    }

    [Fact]
    public void ManifestUsingTheWholeDepthIsFine()
    {
        string text = "[{\"row_data\": " + Url + ", \"global_key\": \"k\", \"metadata_fields\": [{\"name\": \"tag\", \"value\": "
            + new string('[', 60) + new string(']', 60) + "}]}]";
        Checked result = Lbx.Check(text);
        Assert.Equal(new[] { "LBX0404" }, result.Ids);
    }
}
