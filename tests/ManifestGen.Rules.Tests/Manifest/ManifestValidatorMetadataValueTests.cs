using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0404–LBX0406: does a metadata value fit its field's kind.</summary>
public class ManifestValidatorMetadataValueTests
{
    private static readonly MetadataSchema Schema = Schemas.Custom();

    /// <summary>One row setting field <paramref name="name"/> to <paramref name="valueJson"/>.</summary>
    private static Checked Set(string name, string valueJson) =>
        Lbx.Row("\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": \"k\", \"metadata_fields\": [{\"name\": \""
            + name + "\", \"value\": " + valueJson + "}]", Schema);

    private static void Fits(string name, string valueJson)
    {
        Checked result = Set(name, valueJson);
        Assert.True(result.Problems.Count == 0, name + " = " + valueJson + ": " + result.Dump());
    }

    private static Problem DoesNotFit(string name, string valueJson, string id = "LBX0404")
    {
        Checked result = Set(name, valueJson);
        Assert.True(result.Problems.Count == 1, result.Dump());
        Problem p = result.Problems[0];
        Lbx.Is(p, id, result.Text.LastIndexOf(valueJson, System.StringComparison.Ordinal), valueJson.Length);
        return p;
    }

    // string ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("tag", "\"sunny\"")]
    [InlineData("tag", "\"\"")]
    [InlineData("camera", "\"Canon\"")]
    public void StringsFitStringFields(string name, string value) => Fits(name, value);

    [Theory]
    [InlineData("5", "must be a string, not a number")]
    [InlineData("true", "must be a string, not a boolean")]
    [InlineData("[1]", "must be a string, not an array")]
    [InlineData("{\"a\": 1}", "must be a string, not an object")]
    public void NonStringsDoNotFitStringFields(string value, string reason)
    {
        Problem p = DoesNotFit("tag", value);
        Assert.Equal("The value of metadata field 'tag' (string) " + reason, p.Message);
    }

    [Fact]
    public void StringOf4096CharactersFits() => Fits("tag", "\"" + new string('s', 4096) + "\"");

    [Fact]
    public void StringOf4097CharactersIsTooLong()
    {
        Problem p = DoesNotFit("tag", "\"" + new string('s', 4097) + "\"", "LBX0405");
        Assert.Equal("The value of metadata field 'tag' is 4097 characters long; Labelbox allows at most 4096, so shorten it", p.Message);
    }

    // number ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("1.5")]
    [InlineData("-2e3")]
    [InlineData("0")]
    [InlineData("\"1.5\"")]
    [InlineData("\"-3\"")]
    [InlineData("\"1e3\"")]
    public void NumbersAndNumericStringsFitNumberFields(string value) => Fits("exposure", value);

    [Theory]
    [InlineData("\"NaN\"", "must be a finite number")]
    [InlineData("\"Infinity\"", "must be a finite number")]
    [InlineData("\"abc\"", "must be a finite number")]
    [InlineData("1e400", "must be a finite number")]
    [InlineData("true", "must be a number, not a boolean")]
    [InlineData("[1]", "must be a number, not an array")]
    public void NonFiniteOrNonNumericValuesDoNotFitNumberFields(string value, string reason)
    {
        Problem p = DoesNotFit("exposure", value);
        Assert.Equal("The value of metadata field 'exposure' (number) " + reason, p.Message);
    }

    // datetime -------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"2024-05-01T13:45:00Z\"")]
    [InlineData("\"2024-05-01T13:45:00\"")]
    [InlineData("\"2024-05-01T13:45:00+02:00\"")]
    [InlineData("\"2024-05-01T13:45:00.123-05:00\"")]
    [InlineData("\"2024-05-01 13:45Z\"")]
    [InlineData("\"2024-05-01\"")]
    public void IsoDateTimesFitDateTimeFields(string value)
    {
        Fits("shotAt", value);
        Fits("captureDateTime", value);
    }

    [Theory]
    [InlineData("\"2024-13-01\"")]
    [InlineData("\"2024-02-30T00:00:00Z\"")]
    [InlineData("\"2024-05-01T25:00:00Z\"")]
    [InlineData("\"01/05/2024\"")]
    [InlineData("\"yesterday\"")]
    public void OtherStringsDoNotFitDateTimeFields(string value)
    {
        Problem p = DoesNotFit("captureDateTime", value);
        Assert.Equal("The value of metadata field 'captureDateTime' (datetime) must be an ISO-8601 date-time such as \"2024-05-01T13:45:00Z\" "
            + "(no offset means UTC); '" + value.Trim('"') + "' is not", p.Message);
    }

    [Fact]
    public void NumbersDoNotFitDateTimeFields()
    {
        Problem p = DoesNotFit("shotAt", "1714571100");
        Assert.Equal("The value of metadata field 'shotAt' (datetime) must be an ISO-8601 date-time string such as \"2024-05-01T13:45:00Z\", not a number", p.Message);
    }

    // enum -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("split", "\"train\"")]
    [InlineData("split", "\"valid\"")]
    [InlineData("split", "\"test\"")]
    [InlineData("split", "\"" + Schemas.TrainId + "\"")]
    [InlineData("split", "\"" + Schemas.TestOptionId + "\"")]
    [InlineData("quality", "\"good\"")]
    [InlineData("quality", "\"blurry\"")]
    [InlineData("quality", "\"" + Schemas.BlurryId + "\"")]
    public void OptionNamesAndIdsFitEnumFields(string name, string value) => Fits(name, value);

    [Fact]
    public void UnknownOptionSuggestsTheClosest()
    {
        Problem p = DoesNotFit("split", "\"Train\"");
        Assert.Equal("The value of metadata field 'split' (enum) must be one of its options; 'Train' is not one of them, did you mean 'train'?", p.Message);
    }

    [Fact]
    public void UnknownOptionWithNothingCloseListsTheOptions()
    {
        Problem p = DoesNotFit("quality", "\"excellent\"");
        Assert.EndsWith("'excellent' is not one of them, use one of good, blurry", p.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void OptionIdOfAnotherFieldDoesNotFit() => DoesNotFit("quality", "\"" + Schemas.TrainId + "\"");

    [Fact]
    public void NonStringsDoNotFitEnumFields()
    {
        Problem p = DoesNotFit("split", "1");
        Assert.Equal("The value of metadata field 'split' (enum) must be the name or schema id of one of its options (train, valid, test), not a number", p.Message);
    }

    // embedding ------------------------------------------------------------------------------

    [Fact]
    public void NumberArrayOfTheRightDimensionFits() => Fits("clip", "[0.1, -0.2, 3e2]");

    [Theory]
    [InlineData("[1, 2]", "2")]
    [InlineData("[1, 2, 3, 4]", "4")]
    [InlineData("[]", "0")]
    public void WrongDimensionIsLbx0406(string value, string count)
    {
        Problem p = DoesNotFit("clip", value, "LBX0406");
        Assert.Equal("Embedding field 'clip' takes exactly 3 numbers, but this value has " + count, p.Message);
    }

    [Theory]
    [InlineData("[1, \"a\", 3]", "must be an array of numbers, not an array that is not all numbers")]
    [InlineData("\"1,2,3\"", "must be an array of numbers, not a string")]
    [InlineData("7", "must be an array of numbers, not a number")]
    [InlineData("[1e400, 1, 2]", "must hold finite numbers only")]
    public void OtherValuesDoNotFitEmbeddings(string value, string reason)
    {
        Problem p = DoesNotFit("clip", value);
        Assert.Equal("The value of metadata field 'clip' (embedding) " + reason, p.Message);
    }

    // missing --------------------------------------------------------------------------------

    [Theory]
    [InlineData("{\"name\": \"tag\"}")]
    [InlineData("{\"name\": \"tag\", \"value\": null}")]
    public void MissingValuePointsAtTheEntry(string field)
    {
        Checked result = Lbx.Row("\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": \"k\", \"metadata_fields\": [" + field + "]");
        Assert.Equal(new[] { "LBX0404" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0404", Lbx.At(result.Text, field), 1,
            "The value of metadata field 'tag' (string) has no \"value\"; add one");
        Assert.Equal(RuleSeverity.Error, result.Problems[0].Rule.Severity);
    }
}
