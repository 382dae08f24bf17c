using System.IO;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>
/// What an import says about where it goes, over HTTP: a dataset id that does not exist is one error before any row is
/// sent; a journal whose import finished already is reported as such, with nothing sent again.
/// </summary>
public sealed class ImportTargetTests
{
    private static DataRowSpec[] Rows(string prefix) =>
    [
        DataRowSpec.Image("https://example.com/a.jpg").WithGlobalKey(prefix + "-a").Build(),
        DataRowSpec.Image("https://example.com/b.jpg").WithGlobalKey(prefix + "-b").Build(),
    ];

    [Fact]
    public async Task A_dataset_id_that_does_not_exist_is_one_NotFound_error_and_no_row_is_sent()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();

        var error = await Assert.ThrowsAsync<LabelboxRequestException>(() =>
            h.Client.ImportAsync(Rows("missing"), new ImportOptions { DatasetId = "cmnosuchdataset0000000000" }));

        Assert.Equal(LabelboxErrorKind.NotFound, error.Kind);
        Assert.Equal("There is no dataset with id 'cmnosuchdataset0000000000' that this API key can see; no row was sent."
            + " Check ImportOptions.DatasetId (and the endpoint), or set DatasetName to create one.", error.Message);
        Assert.Equal(0, h.Sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(0, h.Sandbox.State.RowsCreated);
    }

    [Fact]
    public async Task The_same_import_again_with_the_same_journal_says_it_was_already_imported_and_sends_nothing()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        string journal = Path.Combine(h.Folder, "again.journal");
        var options = new ImportOptions { DatasetName = "again", JournalPath = journal };
        ImportResult first = await h.Client.ImportAsync(Rows("again"), options);
        long upserts = h.Sandbox.State.Requests("UpsertDataRowsPyApi");

        ImportResult again = await h.Client.ImportAsync(Rows("again"), new ImportOptions { DatasetName = "again", JournalPath = journal });

        Assert.False(first.AlreadyImported);
        Assert.True(again.AlreadyImported);
        Assert.Equal(2, again.Imported);
        Assert.Equal(first.DatasetId, again.DatasetId);
        Assert.Equal("2 of 2 rows imported into " + first.DatasetId + ", 0 refused, 0 invalid, in 1 task(s); already imported by the run recorded in "
            + journal + "; nothing sent", again.ToString());
        Assert.Equal(upserts, h.Sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(2, h.Sandbox.State.RowsCreated);
    }
}
