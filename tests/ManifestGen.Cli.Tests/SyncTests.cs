using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;
using Spectre.Console.Testing;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx submit --sync (and lbx resume of a sync) against a sandbox over HTTP: only what the dataset lacks is sent, and the summary says what.</summary>
public class SyncTests
{
    [Fact]
    public async Task ASync_CreatesAndUpdates_ThenASecondSync_SaysThereIsNothingToSend()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));
        Assert.Equal(0, Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--dataset", "synced").ExitCode);
        string dataset = Assert.Single(sandbox.State.Datasets).Id;
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b", "c").Replace("\"global_key\": \"a\"", "\"global_key\": \"a\", \"external_id\": \"renamed.jpg\"", StringComparison.Ordinal));

        var sync = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);

        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Equal(("1", "1", "1", "0"), (sync.Summary("Created"), sync.Summary("Updated"), sync.Summary("Unchanged"), sync.Summary("Failed")));
        Assert.Equal("renamed.jpg", sandbox.State.FindByGlobalKey("a")!.ExternalId);
        long upserts = sandbox.State.Requests("UpsertDataRowsPyApi");

        var again = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(("0", "0", "3"), (again.Summary("Created"), again.Summary("Updated"), again.Summary("Unchanged")));
        Assert.Contains("Nothing to send: 3 rows unchanged.", again.Lines);
        Assert.Equal(upserts, sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(3, sandbox.State.RowCount(dataset));
    }

    [Theory]
    [InlineData("--sync")]
    [InlineData("--sync --dataset named")]
    public void Sync_WithoutADatasetId_ExitsOne_AndSendsNothing(string options)
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));

        var result = Lbx.Run(folder.Path, ["submit", "images.lbx.json", .. options.Split(' ')]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: --sync compares the manifests with an existing dataset: give it as --dataset-id ID (not --dataset NAME); nothing was submitted.", result.Said,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledSync_ResumesAsASync_AndStoresEveryRowOnce()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        folder.Write("images.lbx.json", TestManifests.Rows("k1", "k2"));
        Assert.Equal(0, Lbx.Run(setup, "submit", "images.lbx.json", "--dataset", "synced").ExitCode);
        string dataset = Assert.Single(sandbox.State.Datasets).Id;
        folder.Write("images.lbx.json", TestManifests.Rows("k1", "k2", "k3", "k4", "k5", "k6", "k7"));
        using var cancellation = new CancellationTokenSource();
        Task watcher = sandbox.CancelAtTheNextTask(cancellation);

        var cancelled = Lbx.Run(setup with { Cancellation = cancellation.Token }, "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);
        await watcher;
        Assert.True(cancelled.ExitCode == 130, cancelled.ToString());

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal(("yes", "5", "0", "2"), (resume.Summary("Resumed"), resume.Summary("Created"), resume.Summary("Updated"), resume.Summary("Unchanged")));
        Assert.Equal(7, sandbox.State.RowCount(dataset));
        Assert.Equal(7, sandbox.State.RowsCreated);
        Assert.False(File.Exists(Path.Combine(folder.Path, ".lbx-journal.jsonl")));
    }

    [Fact]
    public async Task Prune_WithYes_ListsAndDeletesExactlyTheRowsNoManifestNames_ReadingTheDatasetOnce()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        (string dataset, string[] doomed) = DatasetWithStrayRows(sandbox, folder);
        long reads = sandbox.State.Requests("DatasetDataRowsPyApi");

        var sync = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset, "--prune", "--yes");

        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Equal(1, sandbox.State.Requests("DatasetDataRowsPyApi") - reads); // one plan, for the list and the import: its one page of rows
        Assert.Contains("--prune deletes 2 rows of dataset " + dataset + " that no manifest names (id, global key, row_data):", sync.Lines);
        Assert.Contains("  - " + doomed[0] + " stray-1 https://example.com/stray-1.jpg", sync.Output, StringComparison.Ordinal);
        Assert.Contains("  - " + doomed[1] + " stray-2 https://example.com/stray-2.jpg", sync.Output, StringComparison.Ordinal);
        Assert.Equal(("1", "2"), (sync.Summary("Created"), sync.Summary("Pruned")));
        Assert.Equal(["a", "b"], sandbox.State.DataRowsIn(dataset).Select(r => r.GlobalKey!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Prune_WithoutATerminalAndWithoutYes_ExitsOne_AndSendsAndDeletesNothing()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        (string dataset, _) = DatasetWithStrayRows(sandbox, folder);
        long upserts = sandbox.State.Requests("UpsertDataRowsPyApi");

        var sync = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset, "--prune");

        Assert.True(sync.ExitCode == 1, sync.ToString());
        Assert.Contains("error: There is no terminal to confirm the deletion on: add --yes to delete these rows. Nothing was submitted or deleted.", sync.Said, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.Requests("deleteDataRowsPyApi"));
        Assert.Equal(upserts, sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(3, sandbox.State.RowCount(dataset));
        Assert.False(File.Exists(Path.Combine(folder.Path, ".lbx-journal.jsonl")));
    }

    [Theory]
    [InlineData("y", 0, 2)]
    [InlineData("", 1, 3)] // the default is no
    public async Task Prune_OnATerminal_AsksFirst(string answer, int exitCode, int rowsLeft)
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        (string dataset, _) = DatasetWithStrayRows(sandbox, folder);
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter(answer);

        var sync = Lbx.Run(sandbox.For(folder.Path), console, ["submit", "images.lbx.json", "--sync", "--dataset-id", dataset, "--prune"]);

        Assert.True(sync.ExitCode == exitCode, sync.ToString());
        Assert.Contains("Delete these 2 rows? [y/n] (n):", sync.Output, StringComparison.Ordinal);
        Assert.Equal(rowsLeft, sandbox.State.RowCount(dataset));
    }

    [Fact]
    public void Prune_WithoutSync_ExitsOne()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));

        var result = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset-id", "ck0", "--prune", "--yes");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: --prune deletes the rows a sync finds no manifest naming: add --sync --dataset-id ID; nothing was submitted.", result.Said, StringComparison.Ordinal);
    }

    /// <summary>A dataset of a, stray-1 and stray-2; the manifest names a and b. Returns the dataset and the stray rows' ids.</summary>
    private static (string Dataset, string[] Doomed) DatasetWithStrayRows(LabelboxSandbox sandbox, TempFolder folder)
    {
        folder.Write("images.lbx.json", TestManifests.Rows("a", "stray-1", "stray-2"));
        var submit = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--dataset", "strays");
        Assert.True(submit.ExitCode == 0, submit.ToString());
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));
        string dataset = Assert.Single(sandbox.State.Datasets).Id;
        return (dataset, new[] { "stray-1", "stray-2" }.Select(k => sandbox.State.FindByGlobalKey(k)!.Id).ToArray());
    }
}
