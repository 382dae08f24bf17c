using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>One sandbox shared by the tests of a class; each test makes its own datasets.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private LabelboxSandbox? sandbox;

    public LabelboxSandbox Sandbox => sandbox!;

    public async Task InitializeAsync() => sandbox = await LabelboxSandbox.StartAsync();

    public async Task DisposeAsync()
    {
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }
}
