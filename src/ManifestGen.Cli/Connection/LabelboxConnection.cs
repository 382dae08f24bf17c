using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands;
using ManifestGen.Sandbox;
using Spectre.Console;

namespace ManifestGen.Cli.Connection;

/// <summary>
/// The client a command talks to its <see cref="LabelboxTarget"/> with: the key from LABELBOX_API_KEY only
/// (never an option, so it stays out of shell history), or, with --sandbox, a local sandbox started in
/// this process with the custom fields of the project's labelbox.metadata.json.
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

    /// <param name="environment">The console and the client settings of tests.</param>
    /// <param name="target">Where to, with which key.</param>
    /// <param name="metadataFiles">The labelbox.metadata.json files whose fields an in-process sandbox serves.</param>
    /// <param name="cancellationToken">Cancels the sandbox's start.</param>
    /// <param name="notes">False when the output is a document (JSON, markdown) that a note would corrupt.</param>
    public static async Task<LabelboxConnection> OpenAsync(CommandEnvironment environment, LabelboxTarget target, IReadOnlyList<string> metadataFiles,
        CancellationToken cancellationToken, bool notes = true)
    {
        LabelboxSandbox? local = null;
        Uri? endpoint = target.Endpoint;
        if (target.InProcessSandbox)
        {
            var sandboxOptions = new SandboxOptions();
            foreach (string file in metadataFiles)
            {
                sandboxOptions.AddMetadataFile(file);
            }

            local = await LabelboxSandbox.StartAsync(sandboxOptions, cancellationToken).ConfigureAwait(false);
            endpoint = local.GraphQLEndpoint;
            environment.Console.MarkupLineInterpolated($"[yellow]--sandbox:[/] using a local sandbox at {endpoint}; nothing is sent to Labelbox and its data is gone when lbx exits.");
        }
        else if (target.PlaceholderKey && notes)
        {
            environment.Console.MarkupLineInterpolated(
                $"[yellow]note:[/] {LabelboxClientOptions.ApiKeyVariable} is not set: sending a placeholder key to the loopback endpoint {endpoint} (a sandbox takes any key unless started with --api-key).");
        }

        var options = new LabelboxClientOptions
        {
            ApiKey = target.ApiKey ?? "sandbox",
            Endpoint = endpoint ?? LabelboxClientOptions.DefaultEndpoint,
            AllowInsecureLoopback = endpoint != null,
        };
        if (target.OnThisMachine)
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
