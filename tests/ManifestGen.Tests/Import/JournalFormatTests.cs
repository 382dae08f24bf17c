using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManifestGen.Journal;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Import;

/// <summary>Journals written before each kind of line became a record of its own still resume; a line no version wrote is refused by file and line.</summary>
public sealed class JournalFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mg-journal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The rows Fixtures/before-records.journal was written for: a lost request with its twin, an invalid row, a refused key.</summary>
    private static DataRowSpec[] FixtureRows() =>
        Enumerable.Range(0, 7).Select(i => i == 3
            ? new DataRowSpec("http://bad")
            : new DataRowSpec("https://example.com/img/" + i + ".jpg") { GlobalKey = "gk-00000" + i, MediaType = MediaType.Image }).ToArray();

    private string Fixture()
    {
        string journal = Path.Combine(_dir, "before-records.journal");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", "before-records.journal"), journal);
        return journal;
    }

    [Fact]
    public async Task AJournalInTheFormatBeforeRecords_IsReadLineByLine()
    {
        string journal = Fixture();

        await using ImportJournal opened = ImportJournal.Open(journal);

        Assert.Equal(
            new[] { "ImportStarted", "RowInvalid", "ChunkUploaded", "TaskRequested", "RowInvalid", "ChunkUploaded", "TaskRequested", "TaskStarted", "ChunkUploaded",
                "TaskRequested", "TaskStarted", "TaskFinished", "TaskFinished", "ImportFinished" },
            opened.Records.Select(r => r.GetType().Name));
        var started = Assert.IsType<ImportStarted>(opened.Records[0]);
        Assert.Equal(("rows", "ds-1", "Auto", "https://api.labelbox.com/graphql"), (started.Input, started.DatasetId, started.KeyMode, started.Endpoint));
        var task = Assert.IsType<TaskStarted>(opened.Records[7]);
        Assert.Equal((0, 0L, 4L, 3L, "task-2", 2L, "gk-000002"), (task.Task, task.FirstRow, task.EndRow, task.Rows, task.TaskId, task.LastRow, task.LastRowId));
        Assert.Equal(new ManifestGen.Import.TwinTask("task-1", 3, true), Assert.Single(task.Twins!));
        Assert.Equal(2, Assert.IsType<ChunkUploaded>(opened.Records[8]).Index);
        Assert.Equal((5L, 1L, 1L), Assert.IsType<ImportFinished>(opened.Records[^1]) is var f ? (f.Imported, f.Failed, f.Invalid) : default);
    }

    [Fact]
    public async Task AFinishedJournalInTheFormatBeforeRecords_ResumesWithoutARequest()
    {
        string journal = Fixture();
        var factory = new ClientFactory();

        ImportResult result = await factory.Create().ImportAsync(FixtureRows(), new ImportOptions { DatasetName = "x", JournalPath = journal });

        Assert.Equal(0, factory.Fake.RequestCount);
        Assert.Equal((true, 7L, 5L, 1L, 1L), (result.Resumed, result.Total, result.Imported, result.Failed, result.SkippedInvalid));
        Assert.Equal(new[] { "task-2", "task-3" }, result.TaskIds);
        Assert.Equal(new[] { (ImportFailureKind.Invalid, (string?)null), (ImportFailureKind.Rejected, "gk-000005") }, result.Failures.Select(x => (x.Kind, x.GlobalKey)));
        string appended = File.ReadAllLines(journal)[^1];
        Assert.StartsWith("{\"type\":\"finished\",\"time\":\"", appended, StringComparison.Ordinal);
        Assert.EndsWith("\",\"imported\":5,\"failed\":1,\"rows\":1}", appended, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"taskCancelled\",\"task\":0}")]
    [InlineData("{\"task\":0,\"taskId\":\"task-1\"}")]
    [InlineData("{\"type\":\"chunk\",\"task\":0,\"chunk\":0,\"size\":3}")]
    public async Task ALineNoVersionWrote_IsRefusedNamingTheFileAndLine(string line)
    {
        string journal = Fixture();
        List<string> lines = File.ReadAllLines(journal).ToList();
        lines.Insert(2, line);
        File.WriteAllLines(journal, lines);

        var e = await Assert.ThrowsAsync<JournalRefusedException>(() => new ClientFactory().Create().ImportAsync(FixtureRows(), new ImportOptions { DatasetName = "x", JournalPath = journal }));

        Assert.StartsWith("The import journal " + journal + " is damaged at line 3 (" + line[..Math.Min(line.Length, 80)] + "); start a new journal.", e.Message, StringComparison.Ordinal);
    }
}
