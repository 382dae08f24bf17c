using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// The sandbox run standalone as the README says, <c>dotnet run --project src/ManifestGen.Sandbox -- …</c>, on
/// 127.0.0.1 on a free port; disposing it kills it (SIGKILL) if it still runs.
/// </summary>
internal sealed class StandaloneSandbox : IAsyncDisposable
{
    private readonly RunningProcess process;

    private StandaloneSandbox(RunningProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => "http://127.0.0.1:" + Port + "/graphql";

    /// <summary>
    /// Starts it and waits (at most 3 minutes: building the project, usually up to date, then starting) for the
    /// line saying where it listens; returns that line too. When it ends first, the exception names its exit code and output.
    /// </summary>
    public static async Task<(StandaloneSandbox Sandbox, string Listening)> StartAsync(bool build, params string[] args)
    {
        int port = LoopbackPorts.Free();
        string[] run = ["run", "--project", Path.Combine("src", "ManifestGen.Sandbox"), "--artifacts-path", DotNet.ArtifactsPath(RepositoryRuns.Folder)];
        ProcessStartInfo start = DotNet.StartInfo("dotnet", RepoPaths.Root, Array.Empty<(string, string)>(), Array.Empty<string>(),
            [.. run, .. (build ? Array.Empty<string>() : ["--no-build"]), "--", "--urls", "http://127.0.0.1:" + port, .. args]);
        var sandbox = new StandaloneSandbox(RunningProcess.Start(start), port);
        try
        {
            return (sandbox, await sandbox.process.LineAsync("Labelbox sandbox listening", TimeSpan.FromMinutes(3)));
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills it with SIGKILL, as a crash or an OOM killer would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.Process.HasExited)
        {
            process.Process.Kill(entireProcessTree: true);
        }

        await process.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    /// <summary>Posts a GraphQL request with the API key as a bearer token; returns the status and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(HttpClient http, string key, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using HttpResponseMessage response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
