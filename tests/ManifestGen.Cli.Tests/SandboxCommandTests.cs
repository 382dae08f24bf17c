using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx sandbox, in-process: it starts, prints its endpoint, serves a project's fields, and stops cleanly when cancelled.</summary>
public class SandboxCommandTests
{
    private static readonly Regex Listening = new("Labelbox sandbox listening: GraphQL at (?<endpoint>http://\\S+/graphql)", RegexOptions.CultureInvariant);

    [Fact]
    public async Task Runs_UntilCancelled_ServingTheProjectsFields_ThenStopsWithExitZero()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Lbx.Run(folder.Path, "init").ExitCode);
        using var stop = new CancellationTokenSource();
        var (run, output) = Lbx.Start(new Lbx.Setup(folder.Path) { Cancellation = stop.Token }, "sandbox", "--port", "0", "--metadata", "labelbox.metadata.json");
        try
        {
            Uri endpoint = await ListeningAsync(run, output);
            Assert.Contains("1 custom field (camera) from " + Path.Combine(folder.Path, "labelbox.metadata.json"), output(), StringComparison.Ordinal);
            Assert.Contains("--endpoint " + endpoint, output(), StringComparison.Ordinal);
            Assert.Contains("labelbox.Client(api_key=\"any\", endpoint=\"" + endpoint + "\")", output(), StringComparison.Ordinal);

            var submit = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset", "try", "--endpoint", endpoint.AbsoluteUri);
            Assert.True(submit.ExitCode == 0, submit.ToString());
            Assert.Equal("1", submit.Summary("Imported"));
        }
        finally
        {
            await stop.CancelAsync();
        }

        Lbx.Result result = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Sandbox stopped.", result.Lines.Last());
    }

    [Fact]
    public async Task WithAnApiKey_RefusesOthers_AndNeverPrintsIt_KeepingItsDataWhereTold()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        using var stop = new CancellationTokenSource();
        var (run, output) = Lbx.Start(new Lbx.Setup(folder.Path) { Cancellation = stop.Token },
            "sandbox", "--port", "0", "--api-key", "s3cret-sandbox-key", "--data", "sandbox-data");
        try
        {
            Uri endpoint = await ListeningAsync(run, output);
            Assert.Contains("(API key required)", output(), StringComparison.Ordinal);
            Assert.Contains("data:        " + Path.Combine(folder.Path, "sandbox-data"), output(), StringComparison.Ordinal);

            var wrong = Lbx.Run(new Lbx.Setup(folder.Path) { ApiKey = "other" }, "submit", "images.lbx.json", "--dataset", "d", "--endpoint", endpoint.AbsoluteUri);
            Assert.True(wrong.ExitCode == 1, wrong.ToString());
            var right = Lbx.Run(new Lbx.Setup(folder.Path) { ApiKey = "s3cret-sandbox-key" }, "submit", "images.lbx.json", "--dataset", "d", "--endpoint", endpoint.AbsoluteUri);
            Assert.True(right.ExitCode == 0, right.ToString());
        }
        finally
        {
            await stop.CancelAsync();
        }

        Lbx.Result result = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("s3cret-sandbox-key", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartedAgainOnItsDataFolder_ServesTheEarlierRowsAndFields_WithoutTheMetadataFile()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Lbx.Run(folder.Path, "init").ExitCode);
        for (int start = 0; start < 2; start++)
        {
            using var stop = new CancellationTokenSource();
            string[] args = start == 0
                ? new[] { "sandbox", "--port", "0", "--data", "kept", "--metadata", "labelbox.metadata.json" }
                : new[] { "sandbox", "--port", "0", "--data", "kept" };
            var (run, output) = Lbx.Start(new Lbx.Setup(folder.Path) { Cancellation = stop.Token }, args);
            try
            {
                Uri endpoint = await ListeningAsync(run, output);
                // The second start names no file: the field comes from the folder, and a second import of the
                // same key is refused as a duplicate, so the first one's row is still there.
                Assert.Contains(start == 0 ? "1 custom field (camera) from " : "1 custom field (camera) kept in the data folder", output(), StringComparison.Ordinal);
                var submit = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset", "d" + start, "--endpoint", endpoint.AbsoluteUri);
                Assert.True(submit.ExitCode == start, submit.ToString());
                Assert.Equal(start == 0 ? "1" : "0", submit.Summary("Imported"));
            }
            finally
            {
                await stop.CancelAsync();
            }

            Assert.Equal(0, (await run.WaitAsync(TimeSpan.FromSeconds(30))).ExitCode);
        }

        folder.Write("not-a-sandbox/notes.txt", "mine");
        var refused = Lbx.Run(folder.Path, "sandbox", "--port", "0", "--data", "not-a-sandbox");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("it holds other files and no sandbox.db", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PortInUse_IsAUsageError()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var folder = new TempFolder();

        var result = Lbx.Run(folder.Path, "sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Port " + port + " on 127.0.0.1 is in use", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be from 0 (a free port) to 65535")]
    [InlineData("--host", "example.com", "--host must be an IP address")]
    [InlineData("--metadata", "missing.json", "'missing.json' does not exist")]
    public void BadOptions_AreUsageErrors(string option, string value, string expected)
    {
        using var folder = new TempFolder();
        var result = Lbx.Run(folder.Path, "sandbox", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMetadataFileWithErrors_IsReportedAsTheBuildReportsIt()
    {
        using var folder = new TempFolder();
        string file = folder.Write("labelbox.metadata.json", "{\"fields\": [{\"name\": \"mood\", \"kind\": \"enum\"}]}");

        var result = Lbx.Run(folder.Path, "sandbox", "--port", "0", "--metadata", "labelbox.metadata.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(file + "(1,", result.Output, StringComparison.Ordinal);
        Assert.Contains("error LBX0603", result.Output, StringComparison.Ordinal);
    }

    /// <summary>The endpoint the first banner line names, once it is printed (bounded).</summary>
    private static async Task<Uri> ListeningAsync(Task<Lbx.Result> run, Func<string> output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Listening.Match(output()) is { Success: false })
        {
            Assert.False(run.IsCompleted, "lbx sandbox ended before it listened:\n" + output());
            await Task.Delay(20, timeout.Token);
        }

        return new Uri(Listening.Match(output()).Groups["endpoint"].Value);
    }
}
