using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ManifestGen.Benchmarks;

/// <summary>
/// Issue target: one million rows in bounded memory, kept so. <c>ImportAsync</c> over an
/// <see cref="IAsyncEnumerable{T}"/> of generated <see cref="BenchPhoto"/> rows, made as they are read and
/// never held, into the sandbox run standalone in a process of its own, so that the client's memory and the
/// sandbox's are measured apart: after the import, each process's peak working set is printed. Each row count
/// runs in a process of its own (BenchmarkDotNet starts one per case), so 100,000 rows and 1,000,000 rows give
/// two client peaks to compare: bounded memory means they stay close. One import per case: it takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class MillionRowBenchmarks
{
    private static readonly HttpClient Http = new();
    private Process? _sandbox;
    private string _endpoint = "";
    private int _iteration;

    /// <summary>How many rows one import sends.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [IterationSetup]
    public void StartSandbox()
    {
        int port = FreePort();
        _endpoint = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/graphql";

        // The sandbox's own program, built beside this one by the project reference, as `lbx sandbox` runs it.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ManifestGen.Sandbox.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        _sandbox = Process.Start(start)!;
        var listening = new TaskCompletionSource();
        _sandbox.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("Labelbox sandbox listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        _sandbox.ErrorDataReceived += (_, e) => Console.Error.WriteLine("// sandbox: " + e.Data);
        _sandbox.BeginOutputReadLine();
        _sandbox.BeginErrorReadLine();
        if (!listening.Task.Wait(TimeSpan.FromMinutes(2)))
        {
            throw new InvalidOperationException("The standalone sandbox did not start listening within 2 minutes.");
        }

        _iteration++;
    }

    [IterationCleanup]
    public void StopSandbox()
    {
        _sandbox!.Refresh();
        Console.WriteLine("// " + Rows.ToString("N0", CultureInfo.InvariantCulture) + " rows: client peak working set "
            + Megabytes(Process.GetCurrentProcess().PeakWorkingSet64) + " MB, sandbox peak working set " + Megabytes(_sandbox.PeakWorkingSet64) + " MB");
        _sandbox.Kill(entireProcessTree: true);
        _sandbox.WaitForExit();
        _sandbox.Dispose();
    }

    [Benchmark(Description = "LabelboxClient.ImportAsync, IAsyncEnumerable, standalone sandbox")]
    public async Task<long> ImportAsync()
    {
        var client = new LabelboxClient(Http, new LabelboxClientOptions
        {
            ApiKey = "benchmark-key",
            Endpoint = new Uri(_endpoint),
            AllowInsecureLoopback = true,
            PollInitialDelay = TimeSpan.FromMilliseconds(50),
            PollMaxDelay = TimeSpan.FromMilliseconds(500),
        });
        ImportResult result = await client.ImportAsync(Generate(Rows, _iteration), new ImportOptions { DatasetName = "million" });
        Console.WriteLine("// imported " + result.Imported.ToString("N0", CultureInfo.InvariantCulture) + " rows in " + result.TaskIds.Count + " tasks");
        if (result.Imported != Rows || result.Failed != 0)
        {
            throw new InvalidOperationException("Imported " + result.Imported + " of " + Rows + ", " + result.Failed + " failed.");
        }

        return result.Imported;
    }

    // Rows made as they are read, as from a paged query: none is kept, so the client holds only what is in flight.
    private static async IAsyncEnumerable<BenchPhoto> Generate(int count, int iteration)
    {
        for (int i = 0; i < count; i++)
        {
            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }

            yield return new BenchPhoto("https://example.com/images/photo-" + i + ".jpg", "m" + iteration + "-photo-" + i)
            {
                Tag = "batch-" + (i % 10),
                Split = (BenchSplit)(i % 3),
                TakenAt = new DateTimeOffset(2024, 5, 1, 13, 45, 0, TimeSpan.Zero).AddSeconds(i),
                Overlay = "https://example.com/overlays/photo-" + i + ".png",
            };
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
