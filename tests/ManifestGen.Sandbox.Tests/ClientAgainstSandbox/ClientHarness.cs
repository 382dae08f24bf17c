using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>A sandbox on loopback and the real <see cref="LabelboxClient"/> talking to it over HTTP, with recorded logs.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    /// <summary>Made up per test run (never a literal in the source), long and distinctive so a scan for it cannot miss.</summary>
    public static readonly string ApiKey = "sbx" + Guid.NewGuid().ToString("N");

    private readonly HttpClient _http;

    private ClientHarness(LabelboxSandbox sandbox, HttpClient http, LabelboxClient client, RecordingLogger logger, string folder)
    {
        Sandbox = sandbox;
        _http = http;
        Client = client;
        Logger = logger;
        Folder = folder;
    }

    public LabelboxSandbox Sandbox { get; }

    public LabelboxClient Client { get; }

    public RecordingLogger Logger { get; }

    /// <summary>A fresh temp folder for journals, failures files and images; deleted on dispose.</summary>
    public string Folder { get; }

    public static async Task<ClientHarness> StartAsync(Action<LabelboxClientOptions>? configure = null, SandboxOptions? sandboxOptions = null, string? apiKey = null, HttpMessageHandler? handler = null)
    {
        sandboxOptions ??= new SandboxOptions();
        sandboxOptions.ApiKey ??= ApiKey;
        LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(sandboxOptions);
        var options = new LabelboxClientOptions
        {
            ApiKey = apiKey ?? ApiKey,
            Endpoint = sandbox.GraphQLEndpoint,
            AllowInsecureLoopback = true,
            PollInitialDelay = TimeSpan.FromMilliseconds(50),
            PollMaxDelay = TimeSpan.FromMilliseconds(200),
            TaskTimeout = TimeSpan.FromMinutes(2),
        };
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        options.Retry.TotalBudget = TimeSpan.FromSeconds(30);
        configure?.Invoke(options);
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.Timeout = Timeout.InfiniteTimeSpan; // as AddLabelbox sets it: the client times each attempt itself
        var logger = new RecordingLogger();
        string folder = Directory.CreateTempSubdirectory("mg-client-sandbox-").FullName;
        return new ClientHarness(sandbox, http, new LabelboxClient(http, options, logger), logger, folder);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Sandbox.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}

/// <summary>Keeps every formatted log message (and exception text) so tests can scan them.</summary>
internal sealed class RecordingLogger : ILogger<LabelboxClient>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Lines.Enqueue(logLevel + " " + formatter(state, exception) + (exception is null ? "" : " | " + exception));
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (KeyValuePair<string, object?> value in values)
            {
                Lines.Enqueue("  " + value.Key + "=" + value.Value);
            }
        }
    }
}

/// <summary>Records the size of every multipart upload as it goes on the wire.</summary>
internal sealed class UploadSizeRecorder : DelegatingHandler
{
    public UploadSizeRecorder()
        : base(new SocketsHttpHandler())
    {
    }

    public ConcurrentBag<long> UploadBytes { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is MultipartFormDataContent form)
        {
            foreach (HttpContent part in form)
            {
                if (part.Headers.ContentDisposition?.Name?.Trim('"') == "1")
                {
                    UploadBytes.Add(part.Headers.ContentLength ?? (await part.ReadAsByteArrayAsync(cancellationToken)).Length);
                }
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
