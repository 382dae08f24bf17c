using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ManifestGen.Sandbox;

namespace ManifestGen.Benchmarks;

/// <summary>
/// Issue target: 150,000 manifest rows planned against a 150,000-row dataset with bounded memory and request count.
/// The sandbox (in memory, in this process) holds a dataset of 150,000 rows, imported once in the setup. The baseline
/// reads that dataset's rows, page by page, as any read-back must; <c>PlanAsync</c> does the same and compares every
/// row, then looks up the keys the dataset lacks in batches. Each invocation's request count is printed after it, from
/// a handler that counts what the client sends.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 6, invocationCount: 1)]
public class PlanBenchmarks : IDisposable
{
    private const int RowCount = 150_000;
    private const int Tenth = RowCount / 10;
    private const string Key = "benchmark-key";

    private readonly RequestCounter _counter = new() { InnerHandler = new HttpClientHandler() };
    private HttpClient? _http;
    private LabelboxSandbox? _sandbox;
    private LabelboxClient? _client;
    private string _datasetId = "";
    private DataRowSpec[] _input = Array.Empty<DataRowSpec>();

    /// <summary>What the manifests say against what the dataset holds: the same rows, or a tenth of them changed
    /// (another tag) and another tenth replaced by rows with keys nobody has (so as many stored rows are named by no
    /// manifest).</summary>
    [Params("all unchanged", "a tenth changed, a tenth new")]
    public string Input { get; set; } = "all unchanged";

    [GlobalSetup]
    public void Setup()
    {
        _sandbox = LabelboxSandbox.StartAsync(new SandboxOptions { ApiKey = Key }).GetAwaiter().GetResult();
        _http = new HttpClient(_counter);
        _client = new LabelboxClient(_http, new LabelboxClientOptions
        {
            ApiKey = Key,
            Endpoint = _sandbox.GraphQLEndpoint,
            AllowInsecureLoopback = true,
            PollInitialDelay = TimeSpan.FromMilliseconds(50),
            PollMaxDelay = TimeSpan.FromMilliseconds(200),
        });
        DataRowSpec[] stored = Enumerable.Range(0, RowCount).Select(i => Row("photo-" + i, "batch-" + (i % 10))).ToArray();
        ImportResult result = _client.ImportAsync(stored, new ImportOptions { DatasetName = "planned" }).GetAwaiter().GetResult();
        if (result.Imported != RowCount)
        {
            throw new InvalidOperationException("The setup imported " + result.Imported + " of " + RowCount + " rows.");
        }

        _datasetId = result.DatasetId;
        _input = Input == "all unchanged"
            ? stored
            : stored.Select((row, i) => i < Tenth ? Row("photo-" + i, "retagged") : i >= RowCount - Tenth ? Row("new-" + i, "batch-0") : row).ToArray();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _sandbox?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _http?.Dispose();
        GC.SuppressFinalize(this);
    }

    [IterationSetup]
    public void ResetCount() => _counter.Reset();

    [IterationCleanup]
    public void PrintCount() => Console.WriteLine("// " + _counter.Count.ToString(CultureInfo.InvariantCulture) + " requests; peak working set "
        + (Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB");

    [Benchmark(Baseline = true, Description = "GetDataRowsAsync: read the dataset's rows")]
    public async Task<int> ReadAsync()
    {
        int count = 0;
        await foreach (LabelboxDataRow _ in _client!.GetDataRowsAsync(_datasetId))
        {
            count++;
        }

        return count == RowCount ? count : throw new InvalidOperationException("Read " + count + " of " + RowCount + " rows.");
    }

    [Benchmark(Description = "PlanAsync: plan the manifest rows against the dataset")]
    public async Task<int> PlanAsync()
    {
        DataRowPlan plan = await _client!.PlanAsync(_input, _datasetId);
        (int changed, int added) = Input == "all unchanged" ? (0, 0) : (Tenth, Tenth);
        if (plan.Changed != changed || plan.New != added || plan.Unchanged != RowCount - changed - added || plan.NotInRows.Count != added || plan.Elsewhere != 0)
        {
            throw new InvalidOperationException("Planned " + plan.New + " new, " + plan.Changed + " changed, " + plan.Unchanged + " unchanged, "
                + plan.Elsewhere + " elsewhere, " + plan.NotInRows.Count + " not in rows.");
        }

        return plan.Rows.Count;
    }

    private static DataRowSpec Row(string key, string tag) => DataRowSpec.Image("https://example.com/images/" + key + ".jpg")
        .WithGlobalKey(key)
        .WithMetadata(LabelboxMetadata.Tag, tag)
        .WithAttachment(Attachment.ImageOverlay("https://example.com/overlays/" + key + ".png", name: "RGB"))
        .Build();

    /// <summary>Counts the requests the client sends.</summary>
    private sealed class RequestCounter : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
