using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Sandbox;

namespace ManifestGen.Cli.Tests.Infrastructure;

/// <summary>A sandbox started by a test, and the lbx setup that points at it with its key.</summary>
internal static class SandboxSetup
{
    public const string Key = "cli-test-key";

    public static Task<LabelboxSandbox> StartAsync(SandboxOptions? options = null)
    {
        options ??= new SandboxOptions();
        options.ApiKey = Key;
        return LabelboxSandbox.StartAsync(options);
    }

    public static Lbx.Setup For(this LabelboxSandbox sandbox, string workingDirectory) =>
        new(workingDirectory) { ApiKey = Key, Endpoint = sandbox.GraphQLEndpoint };

    /// <summary>Cancels once the sandbox has one task more than now (or after some 10 seconds), to stop a run between its tasks.</summary>
    public static Task CancelAtTheNextTask(this LabelboxSandbox sandbox, CancellationTokenSource cancellation)
    {
        int before = sandbox.State.Tasks.Count;
        return Task.Run(async () =>
        {
            for (int i = 0; i < 2000 && sandbox.State.Tasks.Count == before; i++)
            {
                await Task.Delay(5);
            }

            await cancellation.CancelAsync();
        });
    }

    /// <summary>The organization's metadata fields, read over HTTP as a client reads them.</summary>
    public static async Task<MetadataOntology> ReadOrganizationAsync(LabelboxSandbox sandbox)
    {
        using var http = new HttpClient();
        return await Client(sandbox, http).GetMetadataOntologyAsync(refresh: true);
    }

    /// <summary>A new dataset with no rows; its id.</summary>
    public static async Task<string> CreateDatasetAsync(LabelboxSandbox sandbox)
    {
        using var http = new HttpClient();
        return (await Client(sandbox, http).CreateDatasetAsync("synced", null)).Id;
    }

    private static LabelboxClient Client(LabelboxSandbox sandbox, HttpClient http) =>
        new(http, new LabelboxClientOptions { ApiKey = Key, Endpoint = sandbox.GraphQLEndpoint, AllowInsecureLoopback = true });
}
