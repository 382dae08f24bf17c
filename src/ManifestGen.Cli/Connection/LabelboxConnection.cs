using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands;
using ManifestGen.Sandbox;
using Spectre.Console;

namespace ManifestGen.Cli.Connection;

/// <summary>
/// The client a command talks to Labelbox with: the key from LABELBOX_API_KEY only (never an option,
/// so it stays out of shell history), or, with --sandbox, a local sandbox started in this process.
/// </summary>
internal sealed class LabelboxConnection : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly LabelboxSandbox? _sandbox;

    private LabelboxConnection(HttpClient http, LabelboxClient client, LabelboxSandbox? sandbox)
    {
        _http = http;
        Client = client;
        _sandbox = sandbox;
    }

    public LabelboxClient Client { get; }

    /// <summary>Fails with exit code 2 before any work when no key is set and --sandbox is not given.</summary>
    public static void RequireKey(CommandEnvironment environment, bool sandbox)
    {
        if (!sandbox && string.IsNullOrWhiteSpace(environment.Variable(LabelboxClientOptions.ApiKeyVariable)))
        {
            throw new UsageException(LabelboxClientOptions.ApiKeyVariable + " is not set; set it to your Labelbox API key "
                + "(Labelbox: Workspace settings → API keys), or add --sandbox to run against a local sandbox.");
        }
    }

    public static async Task<LabelboxConnection> OpenAsync(CommandEnvironment environment, bool sandbox, CancellationToken cancellationToken)
    {
        RequireKey(environment, sandbox);
        LabelboxSandbox? local = null;
        Uri? endpoint = environment.EndpointOverride;
        if (sandbox)
        {
            local = await LabelboxSandbox.StartAsync(new SandboxOptions(), cancellationToken).ConfigureAwait(false);
            endpoint = local.GraphQLEndpoint;
            environment.Console.MarkupLineInterpolated($"[yellow]--sandbox:[/] using a local sandbox at {endpoint}; nothing is sent to Labelbox and its data is gone when lbx exits.");
        }

        var options = new LabelboxClientOptions
        {
            ApiKey = sandbox ? "sandbox" : environment.Variable(LabelboxClientOptions.ApiKeyVariable),
            Endpoint = endpoint ?? LabelboxClientOptions.DefaultEndpoint,
            AllowInsecureLoopback = endpoint != null,
        };
        if (endpoint != null)
        {
            // A local sandbox answers at once; Labelbox's 2-second minimum between polls is for the real service.
            options.PollInitialDelay = TimeSpan.FromMilliseconds(50);
            options.PollMaxDelay = TimeSpan.FromMilliseconds(500);
        }

        environment.ConfigureClient?.Invoke(options);
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan }; // the client times each attempt itself
        return new LabelboxConnection(http, new LabelboxClient(http, options), local);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_sandbox != null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
        }
    }
}
