using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx resume: a cancelled submit continues from its journal, without duplicates.</summary>
public class ResumeTests
{
    [Fact]
    public async Task CancelledSubmit_Resumes_WithoutDuplicates()
    {
        // Two rows a task and a slow sandbox: the submit is cancelled once the first task exists.
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        string[] keys = { "k1", "k2", "k3", "k4", "k5", "k6" };
        folder.Write("images.lbx.json", TestManifests.Rows(keys));
        using var cancellation = new CancellationTokenSource();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        Task watcher = Task.Run(async () =>
        {
            while (sandbox.State.Tasks.Count == 0)
            {
                await Task.Delay(5);
            }

            await cancellation.CancelAsync();
        });

        var submit = Lbx.Run(setup with { Cancellation = cancellation.Token }, "submit", "images.lbx.json", "--dataset", "cats");
        await watcher;

        Assert.True(submit.ExitCode == 1, submit.ToString());
        string journal = Path.Combine(folder.Path, ".lbx-journal.jsonl");
        Assert.Contains("The import was cancelled. Continue with: lbx resume " + journal, submit.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(journal));

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal("yes", resume.Summary("Resumed"));
        Assert.Equal("6", resume.Summary("Imported"));
        SandboxDataset dataset = Assert.Single(sandbox.State.Datasets);
        Assert.Equal(keys, sandbox.State.DataRowsIn(dataset.Id).Select(r => r.GlobalKey!).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(6, sandbox.State.RowsCreated);
        Assert.False(File.Exists(journal));
    }

    [Fact]
    public void MissingJournal_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        var result = Lbx.Run(folder.Path, "resume", "missing.jsonl", "images.lbx.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not the journal of an interrupted submit", result.Output, StringComparison.Ordinal);
    }
}
