using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>The API key appears nowhere the client writes: logs, exception messages, the journal, the failures file.</summary>
public sealed class ApiKeyScanTests
{
    [Fact]
    public async Task The_api_key_is_in_no_log_exception_journal_or_failures_file()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(o =>
        {
            o.Retry.TotalBudget = TimeSpan.FromSeconds(3);
            o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(1);
        });
        var texts = new List<string>();

        // A successful import with refusals, invalid rows and retried faults on the way: journal and failures file.
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("scan");
        await h.Client.ImportAsync(new[] { new DataRowSpec("https://example.com/taken.jpg") { GlobalKey = "scan-taken" } }, new ImportOptions { DatasetId = dataset.Id });
        h.Sandbox.Faults.Reseed(7);
        h.Sandbox.Faults.ServerErrorRate = 0.2;
        h.Sandbox.Faults.RateLimitRate = 0.1;
        h.Sandbox.Faults.DropConnectionRate = 0.1;
        string journal = Path.Combine(h.Folder, "scan.journal");
        string failuresPath = Path.Combine(h.Folder, "scan-failures.json");
        DataRowSpec[] rows = Enumerable.Range(0, 40).Select(i => new DataRowSpec("https://example.com/s/" + i + ".jpg") { GlobalKey = "scan-" + i })
            .Append(new DataRowSpec("https://example.com/again.jpg") { GlobalKey = Same("scan-taken") })
            .Append(new DataRowSpec("missing/file.png") { GlobalKey = "scan-missing" })
            .ToArray();
        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetId = dataset.Id, JournalPath = journal, BaseDirectory = h.Folder });
        result.WriteFailuresJson(failuresPath);
        Assert.True(result.Failed == 1, result + "\n" + string.Join("\n", result.Failures));
        Assert.Equal((40L, 1L, 1L), (result.Imported, result.Failed, result.SkippedInvalid));
        texts.Add(File.ReadAllText(journal));
        texts.Add(File.ReadAllText(failuresPath));
        texts.Add(result.ToString());
        texts.AddRange(result.Failures.Select(f => f.ToString()));
        var thrown = new List<Exception>();
        thrown.Add(Assert.ThrowsAny<LabelboxException>(() => result.ThrowIfAnyFailed()));

        // Failures: every endpoint refused, a rate limit to the end, the connection dropped every time, a wrong key.
        h.Sandbox.Faults.Clear();
        h.Sandbox.Faults.ServerErrorRate = 1;
        thrown.Add(await Assert.ThrowsAnyAsync<LabelboxException>(() => h.Client.GetMetadataOntologyAsync(refresh: true)));
        h.Sandbox.Faults.Clear();
        h.Sandbox.Faults.RateLimitRate = 1;
        thrown.Add(await Assert.ThrowsAnyAsync<LabelboxException>(() => h.Client.GetDatasetAsync(dataset.Id)));
        h.Sandbox.Faults.Clear();
        h.Sandbox.Faults.DropConnectionRate = 1;
        thrown.Add(await Assert.ThrowsAnyAsync<LabelboxException>(() => h.Client.CreateDatasetAsync("never")));
        h.Sandbox.Faults.Clear();
        thrown.Add(await Assert.ThrowsAnyAsync<LabelboxException>(() => h.Client.GetDatasetAsync("no-such-dataset")));
        texts.AddRange(thrown.Select(e => e.ToString()));

        KeyScan.AssertAbsent(ClientHarness.ApiKey, h.Logger, texts.ToArray());
    }

    private static string Same(string value) => value;
}
