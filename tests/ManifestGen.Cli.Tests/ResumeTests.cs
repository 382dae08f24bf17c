using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx resume: a cancelled submit continues from its journal, without duplicates.</summary>
public class ResumeTests
{
    private static readonly string[] Keys = { "k1", "k2", "k3", "k4", "k5", "k6" };

    [Fact]
    public async Task CancelledSubmit_Resumes_WithoutDuplicates()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        string journal = await CancelledSubmitAsync(sandbox, setup, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);

        var resume = Lbx.Run(setup with { Endpoint = null }, "resume", ".lbx-journal.jsonl", "images.lbx.json", "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);

        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal("yes", resume.Summary("Resumed"));
        Assert.Equal("6", resume.Summary("Imported"));
        SandboxDataset dataset = Assert.Single(sandbox.State.Datasets);
        Assert.Equal(Keys, sandbox.State.DataRowsIn(dataset.Id).Select(r => r.GlobalKey!).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(6, sandbox.State.RowsCreated);
        Assert.False(File.Exists(journal));
    }

    /// <summary>
    /// The resumed run, like the submit, does not hold the rows to the row rules again after validation: local files in a
    /// folder with a space in its name (a full path with a space, LBX0105 when it did) are imported.
    /// </summary>
    [Fact]
    public async Task CancelledSubmit_OfLocalFilesInAFolderWithASpace_Resumes()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        string images = Directory.CreateDirectory(Path.Combine(folder.Path, "my images")).FullName;
        using (var image = new Image<Rgba32>(4, 3))
        {
            image.SaveAsPng(Path.Combine(images, "k5.png"));
            image.SaveAsPng(Path.Combine(images, "k6.png"));
        }

        Lbx.Setup setup = sandbox.For(images) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        string rows = TestManifests.Rows(Keys.Take(4).ToArray()).Replace("\n]", ",\n  {\"row_data\": \"k5.png\", \"global_key\": \"k5\"},\n"
            + "  {\"row_data\": \"k6.png\", \"global_key\": \"k6\"}\n]", StringComparison.Ordinal);
        await CancelledSubmitOfAsync(rows, sandbox, setup, []);

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal("6", resume.Summary("Imported"));
        Assert.Equal("yes", resume.Summary("Resumed"));
        Assert.Equal("0", resume.Summary("Invalid (not sent)"));
        Assert.Equal(Keys, sandbox.State.DataRows.Select(r => r.GlobalKey!).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Resume_AgainstAnotherEndpoint_IsRefused_NamingTheJournals()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        await using LabelboxSandbox other = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        string journal = await CancelledSubmitAsync(sandbox, setup);

        var resume = Lbx.Run(other.For(folder.Path), "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 2, resume.ToString());
        Assert.Contains("records an import into " + sandbox.GraphQLEndpoint.AbsoluteUri + ", not " + other.GraphQLEndpoint.AbsoluteUri
            + "; resume it there: --endpoint " + sandbox.GraphQLEndpoint.AbsoluteUri, resume.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("Continue with", resume.Output, StringComparison.Ordinal);
        Assert.Equal(0, other.State.Requests("GetMetadataOntologyBetaPyApi"));
        Assert.Empty(other.State.Datasets);
        Assert.True(File.Exists(journal), "the journal is kept for a resume against the right endpoint");
    }

    [Fact]
    public async Task Resume_WithoutTheEndpointTheJournalRecords_AsksForIt()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        await CancelledSubmitAsync(sandbox, setup);

        var resume = Lbx.Run(folder.Path, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.Equal(2, resume.ExitCode);
        Assert.Contains("'.lbx-journal.jsonl' records an import into " + sandbox.GraphQLEndpoint.AbsoluteUri + "; resume it there: add --endpoint "
            + sandbox.GraphQLEndpoint.AbsoluteUri, resume.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_OfADamagedJournal_SaysSo_AndOffersNoResumeThatWouldFailAgain()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        string journal = await CancelledSubmitAsync(sandbox, setup);
        File.WriteAllLines(journal, File.ReadAllLines(journal).Take(1).Append("{\"type\":\"taskCancelled\",\"task\":0}").Concat(File.ReadAllLines(journal).Skip(1)));

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 1, resume.ToString());
        Assert.Contains("error: The import journal " + journal + " is damaged at line 2 ({\"type\":\"taskCancelled\",\"task\":0}); start a new journal.", resume.Lines);
        Assert.DoesNotContain("Continue with", resume.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(journal), "the journal is the user's to look at or delete");
    }

    [Fact]
    public async Task Resume_OfADamagedJournal_SaysSo_BeforeTryingAnUnreachableEndpoint()
    {
        LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        string journal = await CancelledSubmitAsync(sandbox, setup);
        File.WriteAllLines(journal, File.ReadAllLines(journal).Take(1).Append("{\"type\":\"taskCancelled\",\"task\":0}").Concat(File.ReadAllLines(journal).Skip(1)));
        await sandbox.DisposeAsync(); // its endpoint, which the journal records, now refuses connections

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 1, resume.ToString());
        Assert.Equal("error: The import journal " + journal + " is damaged at line 2 ({\"type\":\"taskCancelled\",\"task\":0}); start a new journal.", Assert.Single(resume.Lines));
    }

    [Fact]
    public async Task Resume_WithOtherManifestsThanTheJournals_SaysSo_AndOffersNoResumeThatWouldFailAgain()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(new SandboxOptions { TaskStartDelay = TimeSpan.FromMilliseconds(500) });
        using var folder = new TempFolder();
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 2 };
        string journal = await CancelledSubmitAsync(sandbox, setup);
        folder.Write("other.lbx.json", TestManifests.Rows(Keys));

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "other.lbx.json");

        Assert.True(resume.ExitCode == 1, resume.ToString());
        Assert.Contains(".lbx-journal.jsonl records another import (manifest lbx images.lbx.json (6 rows), keys Auto, mode Create); use a new journal path,"
            + " or the same input and options to resume it.", resume.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("Continue with", resume.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(journal));
    }

    [Fact]
    public void CancelledSandboxSubmit_SaysThereIsNothingToResume_AndHowToGetAResumableOne()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var submit = Lbx.Run(new Lbx.Setup(folder.Path) { Cancellation = cancelled.Token }, "submit", "images.lbx.json", "--dataset", "d", "--sandbox");

        Assert.Equal(130, submit.ExitCode);
        Assert.Contains("The --sandbox sandbox stopped with lbx and its dataset with it, so there is nothing to resume", submit.Said, StringComparison.Ordinal);
        Assert.Contains("start 'lbx sandbox' and submit with --endpoint http://127.0.0.1:5080/graphql", submit.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("Continue with", submit.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, ".lbx-journal.jsonl")));
    }

    /// <summary>Six rows, two a task, a slow sandbox: the submit is cancelled once the first task exists. Returns the journal.</summary>
    private static Task<string> CancelledSubmitAsync(LabelboxSandbox sandbox, Lbx.Setup setup, params string[] more) =>
        CancelledSubmitOfAsync(TestManifests.Rows(Keys), sandbox, setup, more);

    /// <summary>As <see cref="CancelledSubmitAsync"/>, of images.lbx.json with this text.</summary>
    private static async Task<string> CancelledSubmitOfAsync(string manifest, LabelboxSandbox sandbox, Lbx.Setup setup, string[] more)
    {
        File.WriteAllText(Path.Combine(setup.WorkingDirectory, "images.lbx.json"), manifest);
        using var cancellation = new CancellationTokenSource();
        Task watcher = Task.Run(async () =>
        {
            while (sandbox.State.Tasks.Count == 0)
            {
                await Task.Delay(5);
            }

            await cancellation.CancelAsync();
        });

        var submit = Lbx.Run(setup with { Cancellation = cancellation.Token }, new[] { "submit", "images.lbx.json", "--dataset", "cats" }.Concat(more).ToArray());
        await watcher;

        Assert.True(submit.ExitCode == 130, submit.ToString());
        string journal = Path.Combine(setup.WorkingDirectory, ".lbx-journal.jsonl");
        Assert.Contains("error: The import was cancelled.", submit.Lines);
        Assert.Contains("Continue with: lbx resume " + journal + " " + Path.Combine(setup.WorkingDirectory, "images.lbx.json")
            + " --endpoint " + sandbox.GraphQLEndpoint.AbsoluteUri, submit.Lines);
        Assert.True(File.Exists(journal));
        return journal;
    }

    [Fact]
    public async Task ResumingAFinishedImport_SaysItWasAlreadyImported_AndSendsNothing()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b", "c"));
        string journal = Path.Combine(folder.Path, ".lbx-journal.jsonl");
        // A finished import whose journal outlived it (lbx deletes it; a crash right after the import would not):
        // the rows lbx submit would send, by the name it gives them.
        using (var http = new System.Net.Http.HttpClient())
        {
            var client = new LabelboxClient(http, new LabelboxClientOptions
            {
                ApiKey = SandboxSetup.Key, Endpoint = sandbox.GraphQLEndpoint, AllowInsecureLoopback = true, PollInitialDelay = TimeSpan.FromMilliseconds(50),
            });
            ImportManifest manifest = ImportManifest.FromRows(ImportManifest.Load(Path.Combine(folder.Path, "images.lbx.json")).Rows, "lbx images.lbx.json");
            Assert.Equal(3, (await client.ImportAsync(manifest, new ImportOptions { DatasetName = "cats", JournalPath = journal })).Imported);
        }

        long upserts = sandbox.State.Requests("UpsertDataRowsPyApi");

        var resume = Lbx.Run(sandbox.For(folder.Path), "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal("3", resume.Summary("Imported"));
        Assert.Contains("Already imported by the run recorded in " + journal + "; nothing sent. The counts above are that run's.", resume.Lines);
        Assert.Equal(upserts, sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(3, sandbox.State.RowsCreated);
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
