using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
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
    private readonly Process process;
    private readonly StringBuilder output = new();

    private StandaloneSandbox(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => "http://127.0.0.1:" + Port + "/graphql";

    /// <summary>What it printed so far, both streams.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts it and waits (at most 3 minutes: building the project, usually up to date, then starting) for the
    /// line saying where it listens; returns that line too.
    /// </summary>
    public static async Task<(StandaloneSandbox Sandbox, string Listening)> StartAsync(bool build, params string[] args)
    {
        int port = FreePort();
        string[] run = ["run", "--project", Path.Combine("src", "ManifestGen.Sandbox"), "--artifacts-path", DotNet.ArtifactsPath(RepositoryRuns.Folder)];
        ProcessStartInfo start = DotNet.StartInfo("dotnet", RepoPaths.Root, Array.Empty<(string, string)>(), Array.Empty<string>(),
            [.. run, .. (build ? Array.Empty<string>() : ["--no-build"]), "--", "--urls", "http://127.0.0.1:" + port, .. args]);
        var sandbox = new StandaloneSandbox(Process.Start(start)!, port);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        sandbox.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new EndOfStreamException());
                return;
            }

            sandbox.Append(e.Data);
            if (e.Data.StartsWith("Labelbox sandbox listening", StringComparison.Ordinal))
            {
                listening.TrySetResult(e.Data);
            }
        };
        sandbox.process.ErrorDataReceived += (_, e) => sandbox.Append(e.Data);
        sandbox.process.BeginOutputReadLine();
        sandbox.process.BeginErrorReadLine();
        try
        {
            return (sandbox, await listening.Task.WaitAsync(TimeSpan.FromMinutes(3)));
        }
        catch (EndOfStreamException)
        {
            await sandbox.KillAsync(); // it has ended: this waits for both streams to be read to their end
            int exitCode = sandbox.process.ExitCode;
            await sandbox.DisposeAsync();
            throw new InvalidOperationException("The sandbox ended with exit code " + exitCode + " before it listened:\n" + sandbox.Output);
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
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
