using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>Reading back what an import stored: a dataset's rows (every page), one row by id or global key, keys to ids.</summary>
public sealed class ReadBackTests
{
    private const string SplitId = "cko8sbczn0002h2dkdaxb5kal";
    private const string TrainId = "cko8sbscr0003h2dk04w86hof";

    [Fact]
    public async Task A_datasets_rows_stream_across_pages_with_metadata_and_attachments()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: new SandboxOptions { CustomMetadataFields = { new SandboxMetadataField("camera", SandboxMetadataKind.String) } });
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("read back");
        LabelboxDataset other = await h.Client.CreateDatasetAsync("other");
        var rows = Enumerable.Range(0, 1203).Select(i => new DataRowSpec("https://example.com/r/" + i + ".jpg") { GlobalKey = "rb-" + i, ExternalId = "r" + i + ".jpg" }).ToList();
        rows[7] = rows[7] with
        {
            Metadata = new[] { new DataRowMetadata(null, "split", MetadataValue.String("train")), new DataRowMetadata(null, "camera", MetadataValue.String("Nikon D850")) },
            Attachments = new[] { Attachment.ImageOverlay("https://example.com/overlays/7.png", name: "RGB"), Attachment.RawText("a note") },
        };
        Assert.Equal(1203, (await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id })).Imported);
        await h.Client.ImportAsync(new[] { new DataRowSpec("https://example.com/elsewhere.jpg") { GlobalKey = "rb-elsewhere" } }, new ImportOptions { DatasetId = other.Id });

        var read = new List<LabelboxDataRow>();
        await foreach (LabelboxDataRow row in h.Client.GetDataRowsAsync(dataset.Id))
        {
            read.Add(row);
        }

        Assert.Equal(rows.Select(r => r.GlobalKey).Order(), read.Select(r => r.GlobalKey).Order());
        Assert.All(read, r => Assert.Equal(dataset.Id, r.DatasetId));
        Assert.Equal(3, h.Sandbox.State.Requests("DatasetDataRowsPyApi")); // 500 a page, as the SDK asks
        LabelboxDataRow seventh = Assert.Single(read, r => r.GlobalKey == "rb-7");
        Assert.Equal(("https://example.com/r/7.jpg", "r7.jpg"), (seventh.RowData, seventh.ExternalId));
        Assert.Contains(seventh.Metadata, m => m.SchemaId == SplitId && m.Name == "split" && m.Value == TrainId);
        Assert.Contains(seventh.Metadata, m => m.Name == "camera" && m.Value == "Nikon D850");
        Assert.Equal(
            new[] { ("IMAGE_OVERLAY", "https://example.com/overlays/7.png", (string?)"RGB"), ("RAW_TEXT", "a note", null) },
            seventh.Attachments.Select(a => (a.Type, a.Value, a.Name)).OrderBy(a => a.Type));
        Assert.NotNull(seventh.CreatedAt);
    }

    [Fact]
    public async Task One_row_is_read_by_id_and_by_global_key_ignoring_case_and_keys_resolve_to_ids()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("one row");
        await h.Client.ImportAsync(
            new[] { new DataRowSpec("https://example.com/a.jpg") { GlobalKey = "One-A", Attachments = new[] { Attachment.RawText("note") } }, new DataRowSpec("https://example.com/b.jpg") { GlobalKey = "one-b" } },
            new ImportOptions { DatasetId = dataset.Id });

        LabelboxDataRow? a = await h.Client.FindDataRowByGlobalKeyAsync("one-a");
        Assert.NotNull(a);
        Assert.Equal(("One-A", dataset.Id, "https://example.com/a.jpg"), (a.GlobalKey, a.DatasetId, a.RowData));
        Assert.Equal("note", Assert.Single(a.Attachments).Value);
        Assert.Equal(a with { Attachments = a.Attachments, Metadata = a.Metadata }, await h.Client.GetDataRowAsync(a.Id) with { Attachments = a.Attachments, Metadata = a.Metadata });
        Assert.Null(await h.Client.FindDataRowByGlobalKeyAsync("nobody"));
        var missing = await Assert.ThrowsAsync<LabelboxRequestException>(() => h.Client.GetDataRowAsync("ck000000000000000000nobody"));
        Assert.Equal(LabelboxErrorKind.NotFound, missing.Kind);

        IReadOnlyDictionary<string, string> ids = await h.Client.FindDataRowIdsAsync(new[] { "one-b", "ONE-A", "missing", "one-b" });
        Assert.Equal(2, ids.Count);
        Assert.Equal(a.Id, ids["ONE-A"]);
        Assert.Equal(h.Sandbox.State.FindByGlobalKey("one-b")!.Id, ids["one-b"]);
        Assert.False(ids.ContainsKey("missing"));
    }

    [Fact]
    public async Task A_read_after_the_rows_change_sees_the_change_though_pages_are_listed_once_per_change()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("changing");
        DataRowSpec Row(string key, string? externalId = null) => new("https://example.com/c/" + key + ".jpg") { GlobalKey = key, ExternalId = externalId };
        await h.Client.ImportAsync(Enumerable.Range(0, 600).Select(i => Row("c-" + i)), new ImportOptions { DatasetId = dataset.Id });
        Assert.Equal(600, (await ReadAllAsync(h.Client, dataset.Id)).Count);

        await h.Client.ImportAsync(new[] { Row("c-new") }, new ImportOptions { DatasetId = dataset.Id });
        await h.Client.ImportAsync(new[] { Row("c-5", "renamed.jpg") }, new ImportOptions { DatasetId = dataset.Id, KeyMode = RowKeyMode.GlobalKey });
        List<LabelboxDataRow> read = await ReadAllAsync(h.Client, dataset.Id);

        Assert.Equal(601, read.Count);
        Assert.Equal("c-new", read[0].GlobalKey); // newest first
        Assert.Equal("renamed.jpg", Assert.Single(read, r => r.GlobalKey == "c-5").ExternalId);

        await h.Client.DeleteDataRowsAsync(new[] { read[0].Id });
        Assert.DoesNotContain(await ReadAllAsync(h.Client, dataset.Id), r => r.GlobalKey == "c-new");
    }

    private static async Task<List<LabelboxDataRow>> ReadAllAsync(LabelboxClient client, string datasetId)
    {
        var read = new List<LabelboxDataRow>();
        await foreach (LabelboxDataRow row in client.GetDataRowsAsync(datasetId))
        {
            read.Add(row);
        }

        return read;
    }
}
