using System.Net.Http;
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
