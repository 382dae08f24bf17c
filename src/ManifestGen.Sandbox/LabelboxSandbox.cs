using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Sandbox;

/// <summary>
/// A local Labelbox-compatible server, run in-process (like Azurite for Azure Storage): GraphQL at
/// <see cref="GraphQLEndpoint"/>, uploads served back under <see cref="BaseAddress"/>, state in memory or, with
/// <see cref="SandboxOptions.DataDirectory"/>, in a folder that a later sandbox starts from.
/// It listens where <see cref="SandboxOptions.Host"/> and <see cref="SandboxOptions.Port"/> say: by default
/// 127.0.0.1 on a free port. <c>lbx sandbox</c> and the standalone program start it the same way.
/// </summary>
public sealed class LabelboxSandbox : IAsyncDisposable
{
    private readonly WebApplication app;

    private LabelboxSandbox(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        GraphQLEndpoint = new Uri(baseAddress, "graphql");
        Faults = app.Services.GetRequiredService<SandboxFaults>();
        State = app.Services.GetRequiredService<SandboxState>();
        Options = app.Services.GetRequiredService<SandboxOptions>();
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;/ (the listening address; loopback when it listens on every address).</summary>
    public Uri BaseAddress { get; }

    /// <summary>http://127.0.0.1:&lt;port&gt;/graphql, the URL to give a Labelbox client.</summary>
    public Uri GraphQLEndpoint { get; }

    /// <summary>Fault injection, changeable while the sandbox runs.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>What the sandbox holds and counts.</summary>
    public SandboxState State { get; }

    /// <summary>The options it was started with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>Starts a sandbox where the options say (by default 127.0.0.1 on a free port).</summary>
    /// <param name="options">Its options; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox; dispose it to stop it. It does not take the process's Ctrl+C or SIGTERM.</returns>
    /// <exception cref="System.IO.IOException">The address is in use (Kestrel's message names it).</exception>
    public static async Task<LabelboxSandbox> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LabelboxSandbox).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.UseKestrel(k => ListenAddress.Configure(k, options));
        SandboxState state = SandboxApp.AddServices(builder.Services, options);
        WebApplication app = builder.Build();
        SandboxApp.Configure(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            state.Close();
            throw;
        }

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new LabelboxSandbox(app, ListenAddress.BaseAddress(IPAddress.Parse(bound.Host), bound.Port));
    }

    /// <summary>Stops the server and the import tasks still running.</summary>
    /// <returns>A task that completes when everything has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync(); // stopping cancelled the running import tasks; the container's ImportTaskWorker now awaits them
        State.Close();
    }
}
