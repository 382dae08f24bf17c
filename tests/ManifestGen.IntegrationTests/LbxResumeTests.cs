using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// The built lbx tool end to end, as processes: lbx sandbox on a free loopback port, lbx submit --endpoint
/// killed (SIGKILL) in the middle of its import, lbx resume with the journal; then every row is in the
/// sandbox exactly once, read back over GraphQL, and the sandbox stops cleanly on SIGTERM.
/// </summary>
public class LbxResumeTests
{
    private const int Rows = 20_000;

    private static readonly TimeSpan Step = TimeSpan.FromMinutes(2);

    /// <param name="killAfter">The journal line after which the submit dies: its chunk uploaded (no task asked for yet),
    /// or its task asked for (the sandbox may have started, or finished, it before the kill).</param>
    [Theory]
    [InlineData("chunk")]
    [InlineData("taskRequested")]
    public async Task KilledSubmit_ResumesIntoTheStandaloneSandbox_EveryRowExactlyOnce(string killAfter)
    {
        string lbx = BuildLbx();
        await WithStandaloneSandboxAsync(lbx, async (work, port, endpoint, sandbox) =>
        {
            string[] keys = Enumerable.Range(0, Rows).Select(i => "row-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            File.WriteAllText(Path.Combine(work, "rows.lbx.json"),
                "[\n" + string.Join(",\n", keys.Select(k => "{\"row_data\": \"https://example.com/" + k + ".jpg\", \"global_key\": \"" + k + "\"}")) + "\n]\n");
            string journal = Path.Combine(work, ".lbx-journal.jsonl");

            await using (RunningProcess submit = RunningProcess.Start(Lbx(lbx, work, "submit", "rows.lbx.json", "--dataset", "e2e", "--endpoint", endpoint)))
            {
                await JournaledAsync(submit, journal, killAfter);

                submit.Process.Kill(); // SIGKILL: no cleanup, as a crash or a lost machine
                await submit.Process.WaitForExitAsync().WaitAsync(Step);
            }

            Assert.True(File.Exists(journal), "a killed submit leaves its journal");
            await SetFaultsAsync(port, "{\"clear\": true}");
            var resume = DotNet.RunProgramWithout("dotnet", work, Step, new[] { "LABELBOX_API_KEY", "LABELBOX_ENDPOINT" },
                lbx, "resume", ".lbx-journal.jsonl", "rows.lbx.json", "--endpoint", endpoint);
            Assert.True(resume.ExitCode == 0, resume.Output);
            Assert.Matches(@"Resumed\W+yes", resume.Output);
            Assert.False(File.Exists(journal), "a finished import deletes its journal");

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            JsonArray datasets = (await QueryAsync(http, endpoint, "query{datasets{id name rowCount}}"))["datasets"]!.AsArray();
            JsonNode dataset = Assert.Single(datasets)!;
            Assert.Equal("e2e", (string)dataset["name"]!);
            List<string> stored = await GlobalKeysAsync(http, endpoint, (string)dataset["id"]!);
            Assert.Equal(Rows, stored.Count);
            Assert.Equal(keys, stored.OrderBy(k => k, StringComparer.Ordinal));
            JsonNode state = JsonNode.Parse(await http.GetStringAsync(new Uri("http://127.0.0.1:" + port + "/_sandbox/state")))!;
            Assert.Equal(Rows, (int)state["rowsCreated"]!);

            if (!OperatingSystem.IsWindows())
            {
                Assert.True(await sandbox.TerminateAsync(Step) == 0, sandbox.Output);
                Assert.EndsWith("Sandbox stopped.", sandbox.Output.TrimEnd(), StringComparison.Ordinal);
            }
        });
    }

    /// <summary>Ctrl+C in the terminal (SIGINT) stops a submit with exit code 130, naming the journal and the command that resumes it.</summary>
    [Fact]
    public async Task CtrlC_StopsTheSubmit_WithExitCode130_AndSaysHowToResume()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no SIGINT to send
        }

        string lbx = BuildLbx();
        await WithStandaloneSandboxAsync(lbx, async (work, _, endpoint, _) =>
        {
            File.WriteAllText(Path.Combine(work, "rows.lbx.json"),
                "[\n" + string.Join(",\n", Enumerable.Range(0, Rows).Select(i => "{\"row_data\": \"https://example.com/" + i + ".jpg\", \"global_key\": \"c-" + i + "\"}")) + "\n]\n");
            string journal = Path.Combine(work, ".lbx-journal.jsonl");

            await using RunningProcess submit = RunningProcess.Start(Lbx(lbx, work, "submit", "rows.lbx.json", "--dataset", "ctrl-c", "--endpoint", endpoint));
            await JournaledAsync(submit, journal, "chunk");

            Assert.True(await submit.InterruptAsync(Step) == 130, submit.Output);
            Assert.Contains("error: The import was cancelled.", submit.Output, StringComparison.Ordinal);
            Assert.Contains("Continue with: lbx resume " + journal + " " + Path.Combine(work, "rows.lbx.json") + " --endpoint " + endpoint, submit.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(journal), "a cancelled submit keeps its journal for lbx resume");
        });
    }

    /// <summary>
    /// Runs <paramref name="test"/> in a scratch folder with <c>lbx sandbox</c> listening on a free port: it gets the
    /// folder, the port, the GraphQL endpoint and the sandbox's process. The folder is deleted afterwards.
    /// </summary>
    private static async Task WithStandaloneSandboxAsync(string lbx, Func<string, int, string, RunningProcess, Task> test)
    {
        string work = Path.Combine(Path.GetTempPath(), "manifestgen-lbx-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        int port = LoopbackPorts.Free();
        string endpoint = "http://127.0.0.1:" + port + "/graphql";
        await using RunningProcess sandbox = RunningProcess.Start(Lbx(lbx, work, "sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        try
        {
            Assert.Equal("Labelbox sandbox listening: GraphQL at " + endpoint + " (any API key accepted)",
                await sandbox.LineAsync("Labelbox sandbox listening", Step));

            // Every GraphQL request answered a second late: the import then stays on each journaled step long enough
            // for this test, polling the journal on a loaded machine, to see it before the sandbox finishes the task
            // and the submit deletes its journal.
            await SetFaultsAsync(port, "{\"delayRate\": 1, \"minDelayMs\": 1000, \"maxDelayMs\": 1000, \"scope\": \"Queries, Mutations\"}");
            await test(work, port, endpoint, sandbox);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder is harmless.
            }
        }
    }

    /// <summary>Builds the tool into an artifacts folder of its own (never the project's obj) and returns its DLL.</summary>
    private static string BuildLbx()
    {
        string artifacts = DotNet.ArtifactsPath("lbx");
        var build = DotNet.Run(RepoPaths.Root, TimeSpan.FromMinutes(6),
            "build", Path.Combine("src", "ManifestGen.Cli", "ManifestGen.Cli.csproj"), "-nodeReuse:false", "--artifacts-path", artifacts);
        Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
        return Path.Combine(artifacts, "bin", "ManifestGen.Cli", "debug", "ManifestGen.Cli.dll");
    }

    /// <summary>lbx as a child process, with neither the key nor an endpoint of the test host's.</summary>
    private static ProcessStartInfo Lbx(string dll, string work, params string[] args) =>
        DotNet.StartInfo("dotnet", work, Array.Empty<(string, string)>(), new[] { "LABELBOX_API_KEY", "LABELBOX_ENDPOINT" }, new[] { dll }.Concat(args).ToArray());

    /// <summary>Changes the standalone sandbox's injected faults over its admin route.</summary>
    private static async Task SetFaultsAsync(int port, string settings)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var content = new StringContent(settings, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync(new Uri("http://127.0.0.1:" + port + "/_sandbox/faults"), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits, bounded by <see cref="Step"/>, until the running submit's journal has a complete line of this type.</summary>
    private static async Task JournaledAsync(RunningProcess submit, string journal, string type)
    {
        var clock = Stopwatch.StartNew();
        while (!JournalHas(journal, type))
        {
            Assert.False(submit.Process.HasExited, "the submit ended before it journaled a '" + type + "' line:\n" + submit.Output);
            Assert.True(clock.Elapsed < Step, "the submit journaled no '" + type + "' line:\n" + submit.Output);
            await Task.Delay(5);
        }
    }

    /// <summary>Whether the journal has a complete line of this type (the submit appends to it while this reads).</summary>
    private static bool JournalHas(string path, string type)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(file, Encoding.UTF8);
        string text = reader.ReadToEnd();
        return text[..(text.LastIndexOf('\n') + 1)].Contains("\"type\":\"" + type + "\"", StringComparison.Ordinal);
    }

    private static async Task<List<string>> GlobalKeysAsync(HttpClient http, string endpoint, string datasetId)
    {
        var keys = new List<string>();
        string? from = null;
        do
        {
            JsonNode page = (await QueryAsync(http, endpoint,
                "query($id: ID!, $from: ID){datasetDataRows(id: $id, from: $from, first: 500){nodes{globalKey} pageInfo{hasNextPage startCursor}}}",
                new JsonObject { ["id"] = datasetId, ["from"] = from }))["datasetDataRows"]!;
            keys.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["globalKey"]!));
            from = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["startCursor"]! : null;
        }
        while (from != null);
        return keys;
    }

    private static async Task<JsonNode> QueryAsync(HttpClient http, string endpoint, string query, JsonObject? variables = null)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync(new Uri(endpoint), content);
        JsonNode answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && answer["errors"] is null, answer.ToJsonString());
        return answer["data"]!;
    }
}
