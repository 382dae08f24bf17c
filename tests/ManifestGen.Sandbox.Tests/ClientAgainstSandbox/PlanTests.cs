using System;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// A plan against what the sandbox holds, over HTTP: every category (new, unchanged, changed, elsewhere, not in the rows),
/// each kind of difference, what Labelbox normalizes counted as equal, and what it costs in requests.
/// </summary>
public sealed class PlanTests
{
    private static readonly SandboxOptions Fields = new()
    {
        CustomMetadataFields =
        {
            new SandboxMetadataField("camera", SandboxMetadataKind.String),
            new SandboxMetadataField("exposure", SandboxMetadataKind.Number),
            new SandboxMetadataField("shot", SandboxMetadataKind.DateTime),
        },
    };

    [Fact]
    public async Task Each_row_is_new_unchanged_changed_or_elsewhere_and_the_datasets_other_rows_are_listed()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: Fields);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("plan");
        LabelboxDataset other = await h.Client.CreateDatasetAsync("other");
        DataRowSpec same = Row("same") with { ExternalId = "same.jpg", Metadata = [Meta("split", "train"), Meta("camera", "Nikon")], Attachments = [Attachment.RawText("b"), Attachment.RawText("a", name: "n")] };
        DataRowSpec moved = Row("moved");
        DataRowSpec stale = Row("stale") with { ExternalId = "old.jpg", Metadata = [Meta("split", "train")], Attachments = [Attachment.RawText("old")] };
        await h.Client.ImportAsync([same, moved, stale, Row("unnamed")], new ImportOptions { DatasetId = dataset.Id });
        await h.Client.ImportAsync([Row("theirs")], new ImportOptions { DatasetId = other.Id });
        long pages = h.Sandbox.State.Requests("DatasetDataRowsPyApi");

        DataRowSpec changed = stale with
        {
            RowData = "https://example.com/p/stale-2.jpg",
            ExternalId = "new.jpg",
            Metadata = [Meta("split", "valid"), Meta("camera", "Canon")],
            Attachments = [Attachment.RawText("new")],
        };
        DataRowSpec reordered = same with { Attachments = [Attachment.RawText("a", name: "n"), Attachment.RawText("b")], Metadata = [Meta("camera", "Nikon"), Meta("split", "train")] };
        DataRowPlan plan = await h.Client.PlanAsync([reordered, Row("MOVED") with { RowData = moved.RowData }, changed, Row("fresh"), Row("theirs"), new DataRowSpec("https://example.com/p/nokey.jpg")], dataset.Id);

        Assert.Equal(
            [PlannedChange.Unchanged, PlannedChange.Unchanged, PlannedChange.Changed, PlannedChange.New, PlannedChange.Elsewhere, PlannedChange.New],
            plan.Rows.Select(r => r.Change));
        Assert.Equal((2, 2, 1, 1, true), (plan.New, plan.Unchanged, plan.Changed, plan.Elsewhere, plan.HasChanges));
        Assert.Equal(
            [
                ("row_data", "https://example.com/p/stale.jpg", "https://example.com/p/stale-2.jpg"),
                ("external_id", "old.jpg", "new.jpg"),
                ("metadata.camera", null, "Canon"),
                ("metadata.split", "train", "valid"),
                ("attachments", "RAW_TEXT old", "RAW_TEXT new"),
            ],
            plan.Rows[2].Differences.Select(d => (d.Field, d.Before, d.After)));
        Assert.Equal(h.Sandbox.State.FindByGlobalKey("stale")!.Id, plan.Rows[2].Stored!.Id);
        Assert.Equal(other.Id, plan.Rows[4].Stored!.DatasetId);
        Assert.Null(plan.Rows[0].Stored);
        Assert.Equal("unnamed", Assert.Single(plan.NotInRows).GlobalKey);
        Assert.Equal(pages + 1, h.Sandbox.State.Requests("DatasetDataRowsPyApi")); // one page of 500
    }

    [Fact]
    public async Task What_Labelbox_normalizes_is_no_difference_and_what_a_row_leaves_out_is_kept()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: Fields);
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("normalized");
        DataRowSpec row = Row("n") with
        {
            ExternalId = "n.jpg",
            Metadata = [Meta("shot", "2024-03-01T10:20:30.250Z"), new DataRowMetadata(null, "exposure", MetadataValue.FromNumber(0.5)), Meta("split", "train")],
            Attachments = [Attachment.ImageOverlay("https://example.com/o.png")],
        };
        await h.Client.ImportAsync([row], new ImportOptions { DatasetId = dataset.Id });

        DataRowSpec sameInOtherWords = row with
        {
            Metadata = [Meta("shot", "2024-03-01T11:20:30+01:00"), new DataRowMetadata(null, "exposure", MetadataValue.String("0.50")), Meta("split", "train")],
        };
        DataRowSpec leavesOut = new(row.RowData) { GlobalKey = "N" };
        DataRowPlan plan = await h.Client.PlanAsync([sameInOtherWords, leavesOut], dataset.Id);

        Assert.All(plan.Rows, r => Assert.Equal(PlannedChange.Unchanged, r.Change));
        Assert.False(plan.HasChanges);

        DataRowPlan later = await h.Client.PlanAsync([row with { Metadata = [Meta("shot", "2024-03-01T10:20:31Z"), Meta("split", "train")] }], dataset.Id);
        Assert.Equal(
            [("metadata.exposure", "0.5", null), ("metadata.shot", "2024-03-01T10:20:30Z", "2024-03-01T10:20:31Z")],
            Assert.Single(later.Rows).Differences.Select(d => (d.Field, d.Before, d.After)));
    }

    [Fact]
    public async Task A_missing_dataset_is_one_clear_error()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        var missing = await Assert.ThrowsAsync<LabelboxRequestException>(() => h.Client.PlanAsync([Row("a")], "ck000000000000000000nobody"));
        Assert.Equal(LabelboxErrorKind.NotFound, missing.Kind);
        Assert.Contains("ck000000000000000000nobody", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_media_type_is_not_compared_since_a_row_read_back_has_none()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("media");
        await h.Client.ImportAsync([Row("m") with { MediaType = MediaType.Image }], new ImportOptions { DatasetId = dataset.Id });

        DataRowPlan plan = await h.Client.PlanAsync([Row("m") with { MediaType = MediaType.Parse("VIDEO") }, Row("m") with { MediaType = null }], dataset.Id);

        Assert.Equal([PlannedChange.Unchanged, PlannedChange.Unchanged], plan.Rows.Select(r => r.Change));
        Assert.Equal("IMAGE", h.Sandbox.State.FindByGlobalKey("m")!.MediaType); // the sandbox keeps it, but answers no field with it, as Labelbox
    }

    [Fact]
    public async Task A_large_plan_reads_pages_and_looks_up_keys_in_batches()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("large");
        await h.Client.ImportAsync(Enumerable.Range(0, 2400).Select(i => Row("l" + i)), new ImportOptions { DatasetId = dataset.Id });
        long pages = h.Sandbox.State.Requests("DatasetDataRowsPyApi");
        long lookups = h.Sandbox.State.Requests("getDataRowsForGlobalKeysPyApi");

        DataRowPlan plan = await h.Client.PlanAsync(Enumerable.Range(1200, 3000).Select(i => Row("l" + i)), dataset.Id);

        Assert.Equal((1800, 1200, 0, 0), (plan.New, plan.Unchanged, plan.Changed, plan.Elsewhere));
        Assert.Equal(1200, plan.NotInRows.Count);
        Assert.Equal(pages + 5, h.Sandbox.State.Requests("DatasetDataRowsPyApi")); // 2,400 rows, 500 a page
        Assert.Equal(lookups + 2, h.Sandbox.State.Requests("getDataRowsForGlobalKeysPyApi")); // 1,800 keys, 1,000 a job
    }

    private static DataRowSpec Row(string key) => new("https://example.com/p/" + key.ToLowerInvariant() + ".jpg") { GlobalKey = key };

    private static DataRowMetadata Meta(string name, string value) => new(null, name, MetadataValue.String(value));
}
