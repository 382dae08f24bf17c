using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace ManifestGen.Sandbox.Hosting;

/// <summary>
/// The host lifetime of a sandbox: none. The default one takes the process's Ctrl+C and SIGTERM, but a
/// sandbox runs inside someone else's process (a test, lbx); whoever started it stops it by disposing it.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
