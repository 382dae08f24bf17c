using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary><see cref="LabelboxClient.DeleteDataRowsAsync"/> against the sandbox, in memory and under a data folder: the rows named go, in batches, and no other.</summary>
public sealed class DeleteDataRowsTests
{
    [Fact]
    public async Task The_rows_named_are_deleted_in_batches_of_a_thousand_and_their_keys_are_free_again()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("delete");
        await h.Client.ImportAsync(Enumerable.Range(0, 2_600).Select(i => Row("d" + i)), new ImportOptions { DatasetId = dataset.Id });
        string[] doomed = Enumerable.Range(0, 2_500).Select(i => h.Sandbox.State.FindByGlobalKey("d" + i)!.Id).ToArray();

        int deleted = await h.Client.DeleteDataRowsAsync(doomed);

        Assert.Equal(2_500, deleted);
        Assert.Equal(3, h.Sandbox.State.Requests("deleteDataRowsPyApi"));
        Assert.Equal(Enumerable.Range(2_500, 100).Select(i => "d" + i).Order(StringComparer.Ordinal),
            h.Sandbox.State.DataRowsIn(dataset.Id).Select(r => r.GlobalKey!).Order(StringComparer.Ordinal));
        ImportResult again = await h.Client.ImportAsync([Row("d0")], new ImportOptions { DatasetId = dataset.Id });
        Assert.Equal(1, again.Imported);
    }

    [Fact]
    public async Task An_id_that_would_change_the_operation_is_refused_before_anything_is_sent()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.DeleteDataRowsAsync(["ck1", "x\"]}){id}} mutation"]));
        Assert.Contains("is not a data row id", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Sandbox.State.Requests("deleteDataRowsPyApi"));
    }

    [Fact]
    public async Task Under_a_data_folder_the_deletion_outlives_the_sandbox()
    {
        string folder = Path.Combine(Path.GetTempPath(), "lbx-delete-" + Guid.NewGuid().ToString("N"));
        try
        {
            string datasetId;
            await using (ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: new SandboxOptions { DataDirectory = folder }))
            {
                LabelboxDataset dataset = await h.Client.CreateDatasetAsync("kept");
                datasetId = dataset.Id;
                await h.Client.ImportAsync([Row("stay"), Row("go") with { Attachments = [Attachment.RawText("note")] }], new ImportOptions { DatasetId = dataset.Id });
                Assert.Equal(1, await h.Client.DeleteDataRowsAsync([h.Sandbox.State.FindByGlobalKey("go")!.Id]));
            }

            await using LabelboxSandbox again = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder });
            Assert.Equal("stay", Assert.Single(again.State.DataRowsIn(datasetId)).GlobalKey);
            Assert.Null(again.State.FindByGlobalKey("go"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static DataRowSpec Row(string key) => new("https://example.com/del/" + key + ".jpg") { GlobalKey = key };
}
