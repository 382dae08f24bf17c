using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ManifestGen.Sandbox;

namespace ManifestGen.Benchmarks;

/// <summary>
/// Design target: submitting 100,000 rows to the sandbox on loopback reaches at least half the
/// throughput of plainly POSTing the same bytes to it, with memory bounded; the whole import until stored at
/// most 2× that POST in memory, 3× with a data folder. The baseline uploads the import's chunk files (the bytes
/// the client sends, as GraphQL multipart uploads) with a bare HttpClient to a sandbox that only stores them.
/// The client is measured twice: until the sandbox has accepted the rows (validate and
/// serialize each row, upload the chunks and the manifest, start the task), which is the submit the
/// baseline compares with, and until it has stored them (then poll until the sandbox has parsed,
/// checked and stored every row, and read the failures). Each iteration gets a fresh sandbox, so
/// memory does not grow across them.
/// Ten warm-up imports: the JIT goes on compiling (tiering, dynamic PGO) over a process's first
/// imports. In a harness, <c>JitInfo</c> counted 300–900 methods compiled during each of the first
/// twelve.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 8, invocationCount: 1)]
public class SubmitBenchmarks : IDisposable
{
    private const int RowCount = 100_000;
    private const string Key = "benchmark-key";
    private const string UploadQuery = "mutation UploadFile($file: Upload!, $contentLength: Int!, $sign: Boolean) { uploadFile(file: $file, contentLength: $contentLength, sign: $sign) {url filename} }";

    // Internal to the sandbox, whose assembly also compiles the shared rules as internal types: set through
    // reflection, as InternalsVisibleTo would clash those types with ManifestGen.Rules' own here.
    private static readonly PropertyInfo ReadsUploadsEarly = typeof(SandboxOptions).GetProperty("ReadsUploadsEarly", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("SandboxOptions.ReadsUploadsEarly is gone: the baseline cannot turn the early reads off.");

    private DataRowSpec[] _rows = Array.Empty<DataRowSpec>();
    private (byte[] Body, string ContentType)[] _chunks = Array.Empty<(byte[], string)>();
    private LabelboxSandbox? _sandbox;
    private string? _dataFolder;
    private readonly HttpClient _http = new();
    private int _iteration;

    /// <summary>Where the sandbox keeps its state: in memory (the tests' default), or in a data folder (SQLite and
    /// files, as <c>lbx sandbox --data</c> runs it). The baseline's uploads are stored the same way.</summary>
    [Params("memory", "data folder")]
    public string Storage { get; set; } = "memory";

    [GlobalSetup]
    public void Setup()
    {
        // The same bytes the client uploads: record its chunk uploads in one import beforehand.
        var recorder = new ChunkRecorder { InnerHandler = new HttpClientHandler() };
        LabelboxSandbox sandbox = LabelboxSandbox.StartAsync(new SandboxOptions { ApiKey = Key }).GetAwaiter().GetResult();
        using var http = new HttpClient(recorder);
        Client(http, sandbox).ImportAsync(Rows(0), new ImportOptions { DatasetName = "recording" }).GetAwaiter().GetResult();
        sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _chunks = recorder.Chunks.ToArray();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }

    [IterationSetup(Targets = [nameof(PostTheBytes), nameof(SubmitAsync), nameof(ImportAsync)])]
    public void StartSandbox() => Start(readsUploadsEarly: true);

    /// <summary>The baseline's sandbox stores the uploads and does nothing else with them: the transport alone.</summary>
    [IterationSetup(Target = nameof(PostTheBytesStoredOnly))]
    public void StartStoringSandbox() => Start(readsUploadsEarly: false);

    [IterationCleanup]
    public void StopSandbox()
    {
        Console.WriteLine("// peak working set " + (Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)) + " MB");
        foreach (SandboxTask task in _sandbox!.State.Tasks.Where(t => t.Status == SandboxTaskStatus.Complete))
        {
            // The service's own pace: from the task's start until it stored its last row.
            double seconds = (task.UpdatedAt - task.CreatedAt).TotalSeconds;
            Console.WriteLine("// sandbox stored " + task.SucceededRows + " rows in " + seconds.ToString("0.000", CultureInfo.InvariantCulture) + " s: "
                + (task.SucceededRows / Math.Max(seconds, 1e-3)).ToString("N0", CultureInfo.InvariantCulture) + " rows/s (" + Storage + ")");
        }

        _sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_dataFolder is not null)
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    /// <summary>
    /// The baseline: the recorded chunk uploads POSTed to a sandbox that only stores them (its early reads off), so
    /// nothing but the transport and the storing is timed. The same bytes as <see cref="PostTheBytes"/>.
    /// </summary>
    [Benchmark(Baseline = true, Description = "POST the same chunk uploads, stored only (HttpClient)")]
    public Task<int> PostTheBytesStoredOnly() => PostChunksAsync();

    /// <summary>
    /// The same POST to a sandbox as the imports get it: it reads each uploaded chunk as it is stored, so this POST also
    /// pays for parsing and checking the rows. The baseline before the stored-only one; kept to compare with earlier runs.
    /// </summary>
    [Benchmark(Description = "POST the same chunk uploads, read early (HttpClient)")]
    public Task<int> PostTheBytes() => PostChunksAsync();

    private async Task<int> PostChunksAsync()
    {
        foreach ((byte[] body, string contentType) in _chunks)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var request = new HttpRequestMessage(HttpMethod.Post, _sandbox!.GraphQLEndpoint) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            using HttpResponseMessage response = await _http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        return _chunks.Length;
    }

    /// <summary>
    /// The submit alone, the client's part: ends as soon as the sandbox has accepted every row (chunks and manifest
    /// uploaded, upsertDataRows answered with its task), as the baseline ends when the sandbox has the bytes. What the
    /// sandbox then does with the rows is the service's work, measured by the next benchmark. The 100,000 rows fit one
    /// task (the client's default is 150,000 rows a task); were they split, the check below would throw. The timed span
    /// ends with the cancellation's exception unwinding, while the sandbox's task starts on the same cores.
    /// </summary>
    [Benchmark(Description = "LabelboxClient.ImportAsync (until accepted)")]
    public async Task<long> SubmitAsync()
    {
        using var accepted = new CancellationTokenSource();
        var progress = new CancelWhenTaskStarted(accepted);
        try
        {
            await Client(_http, _sandbox!).ImportAsync(_rows, new ImportOptions { DatasetName = "benchmark", Progress = progress }, accepted.Token);
            throw new InvalidOperationException("The import ended without starting a task.");
        }
        catch (OperationCanceledException) when (accepted.IsCancellationRequested)
        {
        }

        if (progress.Last.RowsSent != RowCount || progress.Last.TasksStarted != 1)
        {
            throw new InvalidOperationException("Sent " + progress.Last.RowsSent + " of " + RowCount + " rows in " + progress.Last.TasksStarted + " tasks.");
        }

        return progress.Last.RowsSent;
    }

    [Benchmark(Description = "LabelboxClient.ImportAsync (until stored)")]
    public async Task<long> ImportAsync()
    {
        ImportResult result = await Client(_http, _sandbox!).ImportAsync(_rows, new ImportOptions { DatasetName = "benchmark" });
        if (result.Imported != RowCount || result.Failed != 0)
        {
            throw new InvalidOperationException("Imported " + result.Imported + " of " + RowCount + ", " + result.Failed + " failed.");
        }

        return result.Imported;
    }

    private void Start(bool readsUploadsEarly)
    {
        _dataFolder = Storage == "memory" ? null : Directory.CreateTempSubdirectory("mg-bench-sandbox-").FullName;
        var options = new SandboxOptions { ApiKey = Key, DataDirectory = _dataFolder };
        ReadsUploadsEarly.SetValue(options, readsUploadsEarly);
        _sandbox = LabelboxSandbox.StartAsync(options).GetAwaiter().GetResult();
        _rows = Rows(++_iteration);
    }

    private static LabelboxClient Client(HttpClient http, LabelboxSandbox sandbox) => new(http, new LabelboxClientOptions
    {
        ApiKey = Key,
        Endpoint = sandbox.GraphQLEndpoint,
        AllowInsecureLoopback = true,
        PollInitialDelay = TimeSpan.FromMilliseconds(50),
        PollMaxDelay = TimeSpan.FromMilliseconds(200),
    });

    private static DataRowSpec[] Rows(int iteration) => Enumerable.Range(0, RowCount)
        .Select(i => DataRowSpec.Image("https://example.com/images/photo-" + i + ".jpg")
            .WithGlobalKey("it" + iteration + "-photo-" + i)
            .WithMetadata(LabelboxMetadata.Split, (i % 3) switch { 0 => LabelboxMetadata.SplitOption.Train, 1 => LabelboxMetadata.SplitOption.Valid, _ => LabelboxMetadata.SplitOption.Test })
            .WithMetadata(LabelboxMetadata.Tag, "batch-" + (i % 10))
            .WithAttachment(Attachment.ImageOverlay("https://example.com/overlays/photo-" + i + ".png", name: "RGB"))
            .Build())
        .ToArray();

    /// <summary>Reported to synchronously, on the import's own flow: cancels it once its task has started.</summary>
    private sealed class CancelWhenTaskStarted(CancellationTokenSource accepted) : IProgress<ImportProgress>
    {
        public ImportProgress Last { get; private set; }

        public void Report(ImportProgress value)
        {
            Last = value;
            if (value.TasksStarted > 0)
            {
                accepted.Cancel();
            }
        }
    }

    /// <summary>Keeps the body and content type of every chunk upload (multipart, file named json_import.json).</summary>
    private sealed class ChunkRecorder : DelegatingHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<(byte[] Body, string ContentType)> Chunks { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            if (request.Content is MultipartFormDataContent content)
            {
                byte[] body = await content.ReadAsByteArrayAsync(cancellationToken);
                if (Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096)).Contains("json_import.json", StringComparison.Ordinal))
                {
                    Chunks.Enqueue((body, content.Headers.ContentType!.ToString()));
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
