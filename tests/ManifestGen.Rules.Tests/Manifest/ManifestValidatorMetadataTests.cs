using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>LBX0401–LBX0403, LBX0407, LBX0408: which field a metadata entry sets.</summary>
public class ManifestValidatorMetadataTests
{
    private static Checked WithMetadata(string fields, MetadataSchema? schema = null) =>
        Lbx.Row("\"row_data\": \"https://cdn.example.com/a.jpg\", \"global_key\": \"k\", \"metadata_fields\": [" + fields + "]", schema);

    [Fact]
    public void ReservedFieldsByNamePass()
    {
        Checked result = WithMetadata("{\"name\": \"tag\", \"value\": \"sunny\"}, {\"name\": \"split\", \"value\": \"valid\"}, "
            + "{\"name\": \"captureDateTime\", \"value\": \"2024-05-01T13:45:00Z\"}");
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void ReservedFieldsBySchemaIdPass()
    {
        Checked result = WithMetadata("{\"schema_id\": \"" + Schemas.TagId + "\", \"value\": \"sunny\"}, "
            + "{\"schema_id\": \"" + Schemas.SplitId + "\", \"value\": \"" + Schemas.TrainId + "\"}, "
            + "{\"schema_id\": \"" + Schemas.CaptureDateTimeId + "\", \"value\": \"2024-05-01\"}");
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void NameAndSchemaIdThatAgreeAreFine()
    {
        Checked result = WithMetadata("{\"name\": \"tag\", \"schema_id\": \"" + Schemas.TagId + "\", \"value\": \"x\"}");
        Assert.Empty(result.Problems);
    }

    // LBX0401 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("{\"value\": \"x\"}")]
    [InlineData("{\"name\": null, \"schema_id\": null, \"value\": \"x\"}")]
    [InlineData("{}")]
    public void NeitherNameNorSchemaIdPointsAtTheEntry(string field)
    {
        Checked result = WithMetadata(field);
        Assert.Equal(new[] { "LBX0401" }, result.Ids);
        Lbx.Is(result.Problems[0], "LBX0401", Lbx.At(result.Text, field), 1,
            "A metadata field needs \"name\" (e.g. \"tag\") or \"schema_id\" to say which field it sets");
    }

    // LBX0402 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("tags", "tag")]
    [InlineData("Tag", "tag")]
    [InlineData("Split", "split")]
    [InlineData("captureDatetime", "captureDateTime")]
    [InlineData("capture_date_time", "captureDateTime")]
    public void UnknownNameSuggestsTheClosestField(string name, string meant)
    {
        Checked result = WithMetadata("{\"name\": \"" + name + "\", \"value\": \"x\"}");
        Assert.Equal(new[] { "LBX0402" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0402", result.Text, "\"" + name + "\"");
        Assert.Equal("There is no metadata field named '" + name + "'; did you mean '" + meant + "'?", p.Message);
        Assert.Equal(meant, p.Fix);
    }

    [Fact]
    public void UnknownNameWithNothingCloseSaysWhereToDeclareIt()
    {
        Checked result = WithMetadata("{\"name\": \"camera\", \"value\": \"x\"}");
        Problem p = result.Single("LBX0402");
        Assert.Null(p.Fix);
        Assert.Equal("There is no metadata field named 'camera'; declare it in labelbox.metadata.json, or use a reserved field (tag, split, captureDateTime)", p.Message);
    }

    [Fact]
    public void DeclaredFieldsAreKnownAndSuggested()
    {
        MetadataSchema schema = Schemas.Custom();
        Assert.Empty(WithMetadata("{\"name\": \"camera\", \"value\": \"x\"}", schema).Problems);
        Problem p = WithMetadata("{\"name\": \"camra\", \"value\": \"x\"}", schema).Single("LBX0402");
        Assert.Equal("camera", p.Fix);
    }

    [Fact]
    public void UnknownNameWinsOverAKnownSchemaId()
    {
        Checked result = WithMetadata("{\"name\": \"bogus\", \"schema_id\": \"" + Schemas.TagId + "\", \"value\": \"x\"}");
        Assert.Equal(new[] { "LBX0402" }, result.Ids);
    }

    // LBX0403 --------------------------------------------------------------------------------

    [Fact]
    public void UnknownSchemaIdSaysWhatToDo()
    {
        const string id = "ckzzzzzzzzzzzzzzzzzzzzzzz";
        Checked result = WithMetadata("{\"schema_id\": \"" + id + "\", \"value\": \"x\"}");
        Assert.Equal(new[] { "LBX0403" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0403", result.Text, "\"" + id + "\"");
        Assert.Equal("Schema id '" + id + "' is not a reserved metadata field nor one declared in labelbox.metadata.json; "
            + "use the field's name, or declare the field with its schema_id in labelbox.metadata.json", p.Message);
    }

    [Fact]
    public void OptionIdUsedAsSchemaIdNamesTheFieldAndOption()
    {
        Checked result = WithMetadata("{\"schema_id\": \"" + Schemas.TrainId + "\", \"value\": \"x\"}");
        Problem p = result.Single("LBX0403");
        Lbx.IsAt(p, "LBX0403", result.Text, "\"" + Schemas.TrainId + "\"",
            "it is the id of option 'train' of 'split'; set the field instead: {\"name\": \"split\", \"value\": \"train\"}");
    }

    [Fact]
    public void DeclaredOptionIdUsedAsSchemaIdNamesTheDeclaredField()
    {
        Checked result = WithMetadata("{\"schema_id\": \"" + Schemas.BlurryId + "\", \"value\": \"x\"}", Schemas.Custom());
        Problem p = result.Single("LBX0403");
        Assert.Contains("it is the id of option 'blurry' of 'quality'", p.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredSchemaIdIsKnown()
    {
        Checked result = WithMetadata("{\"schema_id\": \"" + Schemas.ExposureId + "\", \"value\": 1.5}", Schemas.Custom());
        Assert.Empty(result.Problems);
    }

    // LBX0407 --------------------------------------------------------------------------------

    [Fact]
    public void SameFieldTwiceOnARowIsAWarningPointingAtTheFirst()
    {
        Checked result = WithMetadata("{\"name\": \"tag\", \"value\": \"a\"}, {\"schema_id\": \"" + Schemas.TagId + "\", \"value\": \"b\"}");
        Assert.Equal(new[] { "LBX0407" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0407", result.Text, "\"" + Schemas.TagId + "\"");
        Assert.Equal(RuleSeverity.Warning, p.Rule.Severity);
        int first = Lbx.At(result.Text, "\"tag\"");
        Assert.Equal("Metadata field 'tag' is already set on this row at line 1, column " + (first + 1)
            + "; Labelbox rejects a row that sets a field twice, so keep one", p.Message);
    }

    /// <summary>A few entries are compared one by one and many go through a table: both find the first earlier entry.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void SameFieldTwicePointsAtItsFirstEntryInShortAndLongRows(int others)
    {
        var fields = new System.Text.StringBuilder("{\"name\": \"tag\", \"value\": \"a\"}, {\"name\": \"split\", \"value\": \"train\"}");
        for (int i = 0; i < others; i++)
        {
            fields.Append(", {\"name\": \"other").Append(i).Append("\", \"value\": \"x\"}");
        }

        fields.Append(", {\"schema_id\": \"" + Schemas.SplitId + "\", \"value\": \"" + Schemas.TrainId + "\"}, {\"name\": \"tag\", \"value\": \"b\"}");
        Checked result = WithMetadata(fields.ToString());
        Problem[] repeated = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(result.Problems, p => p.Rule.Id == "LBX0407"));
        Assert.Equal(2, repeated.Length);
        Assert.Equal(others, System.Linq.Enumerable.Count(result.Problems, p => p.Rule.Id == "LBX0402"));
        Lbx.IsAt(repeated[0], "LBX0407", result.Text, "\"" + Schemas.SplitId + "\"");
        Assert.StartsWith("Metadata field 'split' is already set on this row at line 1, column " + (Lbx.At(result.Text, "\"split\"") + 1) + ";", repeated[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(Lbx.At(result.Text, "\"tag\"", occurrence: 1), repeated[1].Start);
        Assert.StartsWith("Metadata field 'tag' is already set on this row at line 1, column " + (Lbx.At(result.Text, "\"tag\"") + 1) + ";", repeated[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SameFieldOnDifferentRowsIsFine()
    {
        string text = "[" + Lbx.KeyedRow("a", "\"metadata_fields\": [{\"name\": \"tag\", \"value\": \"x\"}]") + ", "
            + Lbx.KeyedRow("b", "\"metadata_fields\": [{\"name\": \"tag\", \"value\": \"x\"}]") + "]";
        Assert.Empty(Lbx.Check(text).Problems);
    }

    // LBX0408 --------------------------------------------------------------------------------

    [Fact]
    public void NameAndSchemaIdThatDisagreeAreAnError()
    {
        Checked result = WithMetadata("{\"name\": \"tag\", \"schema_id\": \"" + Schemas.SplitId + "\", \"value\": \"train\"}");
        Assert.Equal(new[] { "LBX0408" }, result.Ids);
        Problem p = result.Problems[0];
        Lbx.IsAt(p, "LBX0408", result.Text, "\"" + Schemas.SplitId + "\"");
        Assert.Equal("\"name\": 'tag' and \"schema_id\": '" + Schemas.SplitId + "' are different fields ('" + Schemas.SplitId
            + "' is 'split'); keep only the one you mean", p.Message);
    }
}
