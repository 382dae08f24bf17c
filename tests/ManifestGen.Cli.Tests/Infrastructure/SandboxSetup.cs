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
}
