using System;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// Declared metadata fields planned against the sandbox's organization and applied, over HTTP: missing fields and
/// options created as the SDK's create_schema creates them, a kind conflict refused, a second apply creating nothing.
/// </summary>
public sealed class MetadataSchemaPlanTests
{
    private const string Upserts = "UpsertCustomMetadataSchemaPyApi";

    private static SandboxOptions Organization() => new()
    {
        CustomMetadataFields =
        {
            new SandboxMetadataField("camera", SandboxMetadataKind.String),
            new SandboxMetadataField("exposure", SandboxMetadataKind.Number),
            new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny", "rainy", "foggy"),
        },
    };

    [Fact]
    public async Task Each_declared_field_is_missing_missing_options_unchanged_or_a_conflict_and_planning_changes_nothing()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: Organization());

        MetadataSchemaPlan plan = await h.Client.PlanMetadataSchemaAsync(
        [
            MetadataField.String("camera"),
            Weather("rainy", "snowy", "sunny", "hail"),
            MetadataField.Number("lens"),
            MetadataField.String("exposure"),
            Enum("split", "train", "holdout"),
            Enum("mood", "calm", "busy"),
            MetadataField.DateTime("captureDateTime"),
            MetadataField.Number("camera"),
        ]);

        Assert.Equal(
            [
                ("camera", PlannedMetadataChange.Unchanged),
                ("weather", PlannedMetadataChange.MissingOptions),
                ("lens", PlannedMetadataChange.Missing),
                ("exposure", PlannedMetadataChange.Conflict),
                ("split", PlannedMetadataChange.Conflict),
                ("mood", PlannedMetadataChange.Missing),
                ("captureDateTime", PlannedMetadataChange.Unchanged),
            ],
            plan.Fields.Select(f => (f.Name, f.Change)));
        Assert.Equal((2, 1, 2, 2, true, true), (plan.Missing, plan.MissingOptions, plan.Unchanged, plan.Conflicts, plan.HasChanges, plan.HasConflicts));
        PlannedMetadataField weather = plan.Fields[1];
        Assert.Equal(["snowy", "hail"], weather.MissingOptions);
        Assert.Equal(25, weather.SchemaId!.Length);
        Assert.Equal(["rainy", "snowy", "sunny", "hail"], weather.Options.Select(o => o.Name));
        Assert.All(weather.Options.Where(o => o.Name is "rainy" or "sunny"), o => Assert.Equal(25, o.SchemaId!.Length));
        Assert.Null(plan.Fields[2].SchemaId);
        Assert.Equal(["calm", "busy"], plan.Fields[5].MissingOptions);
        Assert.Equal("cko8sdzv70006h2dk8jg64zvb", plan.Fields[6].SchemaId);
        Assert.Equal("the organization's field 'exposure' is a number field, declared as a string one; a field's kind never changes:"
            + " rename it in labelbox.metadata.json, or change it in Labelbox", plan.Fields[3].Conflict);
        Assert.Equal("'split' is reserved by Labelbox and has no option 'holdout'; a reserved field's options cannot be added to", plan.Fields[4].Conflict);
        Assert.Null(plan.Fields[0].Conflict);
        Assert.Equal(0, h.Sandbox.State.Requests(Upserts));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.ApplyMetadataSchemaAsync(plan));
        Assert.StartsWith("The metadata schema cannot be applied: the organization's field 'exposure' is a number field", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Sandbox.State.Requests(Upserts));
        Assert.Equal(["camera", "exposure", "weather"], h.Sandbox.State.CustomMetadataFieldNames);
    }

    [Fact]
    public async Task Apply_creates_missing_fields_and_options_keeps_every_id_and_a_second_apply_creates_nothing()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: Organization());
        MetadataSchemaPlan plan = await h.Client.PlanMetadataSchemaAsync(
            [MetadataField.String("camera"), Weather("sunny", "snowy"), MetadataField.Number("lens"), MetadataField.DateTime("shot"), Enum("mood", "calm", "busy")]);
        string[] weatherIds = plan.Fields[1].Options.Select(o => o.SchemaId).OfType<string>().ToArray();

        MetadataSchemaPlan applied = await h.Client.ApplyMetadataSchemaAsync(plan);

        Assert.Equal(4, h.Sandbox.State.Requests(Upserts)); // one a field: weather's new option, lens, shot, mood
        Assert.All(applied.Fields, f => Assert.Equal(PlannedMetadataChange.Unchanged, f.Change));
        Assert.False(applied.HasChanges);
        Assert.All(applied.Fields, f => Assert.Equal(25, f.SchemaId!.Length));
        Assert.All(applied.Fields.SelectMany(f => f.Options), o => Assert.Equal(25, o.SchemaId!.Length));
        Assert.Equal(plan.Fields[0].SchemaId, applied.Fields[0].SchemaId);
        Assert.Equal(plan.Fields[1].SchemaId, applied.Fields[1].SchemaId);
        Assert.Equal(weatherIds[0], applied.Fields[1].Options[0].SchemaId);
        Assert.Equal(["camera", "exposure", "weather", "lens", "shot", "mood"], h.Sandbox.State.CustomMetadataFieldNames);

        // The organization as a fresh plan reads it: the ids applied returned, every option the field had kept.
        MetadataSchemaPlan again = await h.Client.PlanMetadataSchemaAsync([Weather("sunny", "rainy", "foggy", "snowy"), Enum("mood", "busy", "calm")]);
        Assert.False(again.HasChanges);
        Assert.Equal(applied.Fields[1].Options[1].SchemaId, again.Fields[0].Options[3].SchemaId);
        Assert.Equal(applied.Fields[4].Options.Select(o => o.SchemaId).Reverse(), again.Fields[1].Options.Select(o => o.SchemaId));

        // The first plan, applied again now that its fields exist, creates nothing and answers with the same ids.
        MetadataSchemaPlan twice = await h.Client.ApplyMetadataSchemaAsync(plan);
        Assert.Equal(4, h.Sandbox.State.Requests(Upserts));
        Assert.Equal(applied.Fields.Select(f => f.SchemaId), twice.Fields.Select(f => f.SchemaId));

        // Rows can use what was created, by name, at once.
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("schema");
        ImportResult result = await h.Client.ImportAsync(
            [new DataRowSpec("https://example.com/s.jpg") { GlobalKey = "s-1", Metadata = [Meta("weather", "snowy"), Meta("lens", 35d), Meta("mood", "calm")] }],
            new ImportOptions { DatasetId = dataset.Id });
        Assert.Equal((1L, 0L), (result.Imported, result.Failed));
    }

    private static EnumMetadataField<Option> Weather(params string[] options) => Enum("weather", options);

    private static EnumMetadataField<Option> Enum(string name, params string[] options) =>
        MetadataField.Enum(name, null, options.Select(o => new Option(o)));

    private static DataRowMetadata Meta(string name, string value) => new(null, name, MetadataValue.String(value));

    private static DataRowMetadata Meta(string name, double value) => new(null, name, MetadataValue.FromNumber(value));

    /// <summary>An option known by name only, as a user's own declaration has it.</summary>
    private sealed class Option(string name) : MetadataOption(name, null);
}
