using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Import;

/// <summary>Only a COMPLETE task vouches for the rows it does not list as failed; what the service says is shown without the key.</summary>
public sealed class TaskOutcomeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mg-outcome-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static DataRowSpec[] Rows(int count) =>
        Enumerable.Range(0, count).Select(i => new DataRowSpec("https://example.com/o/" + i + ".jpg") { GlobalKey = "o-" + i }).ToArray();

    [Theory]
    [InlineData("FAILED", "[\"storage unavailable\"]", "Labelbox task task-1 FAILED ([\"storage unavailable\"]); 3 of its rows were not imported.")]
    [InlineData("CANCELED", null, "Labelbox task task-1 ended with status 'CANCELED'; 3 of its rows were not imported.")]
    public async Task ATaskThatDidNotComplete_ReportsItsUnlistedRowsAsNotImported(string status, string? errors, string message)
    {
        var factory = new ClientFactory();
        factory.Fake.FinalStatus = (status, errors);
        factory.Fake.ExistingGlobalKeys.Add("o-1");
        factory.Fake.ExistingGlobalKeys.Add("o-3");

        ImportResult result = await factory.Create().ImportAsync(Rows(5), new ImportOptions { DatasetName = "x" });

        Assert.Equal((5L, 0L, 5L), (result.Total, result.Imported, result.Failed));
        Assert.Equal(
            new[] { (ImportFailureKind.Rejected, "Duplicate global key: 'o-1'"), (ImportFailureKind.Rejected, "Duplicate global key: 'o-3'"), (ImportFailureKind.TaskFailed, message) },
            result.Failures.Select(f => (f.Kind, f.Message)));
    }

    [Fact]
    public async Task WhatTheServiceSays_ReachesNoResultJournalOrExceptionWithTheKeyInIt()
    {
        var factory = new ClientFactory();
        factory.Fake.FinalStatus = ("FAILED", "[\"refused for key " + FakeLabelbox.ApiKey + "\"]");
        string journal = Path.Combine(_dir, "echo.journal");

        ImportResult result = await factory.Create().ImportAsync(Rows(2), new ImportOptions { DatasetName = "x", JournalPath = journal });

        ImportFailure failure = Assert.Single(result.Failures);
        Assert.Equal("Labelbox task task-1 FAILED ([\"refused for key ***\"]); 2 of its rows were not imported.", failure.Message);
        string failures = Path.Combine(_dir, "failures.json");
        result.WriteFailuresJson(failures);
        var thrown = Assert.Throws<LabelboxImportException>(() => result.ThrowIfAnyFailed());
        foreach (string text in new[] { File.ReadAllText(journal), File.ReadAllText(failures), thrown.ToString(), string.Join("\n", factory.Logger.Lines) })
        {
            Assert.DoesNotContain(FakeLabelbox.ApiKey, text, StringComparison.Ordinal);
        }
    }
}
