using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;

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
        int tasksBefore = sandbox.State.Tasks.Count;
        folder.Write("images.lbx.json", TestManifests.Rows("k1", "k2", "k3", "k4", "k5", "k6", "k7"));
        using var cancellation = new CancellationTokenSource();
        Task watcher = Task.Run(async () =>
        {
            for (int i = 0; i < 2000 && sandbox.State.Tasks.Count == tasksBefore; i++)
            {
                await Task.Delay(5);
            }

            await cancellation.CancelAsync();
        });

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
}
