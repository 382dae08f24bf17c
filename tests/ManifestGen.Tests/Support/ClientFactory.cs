using System;
using System.Net.Http;

namespace ManifestGen.Tests.Support;

/// <summary>A client over a fake handler with a clock that never sleeps, and small limits a test can change.</summary>
internal sealed class ClientFactory
{
    public FakeLabelbox Fake { get; init; } = new();

    public InstantTimeProvider Time { get; } = new();

    public ListLogger Logger { get; } = new();

    public LabelboxClientOptions Options { get; } = new()
    {
        ApiKey = FakeLabelbox.ApiKey,
        RequestTimeout = TimeSpan.FromHours(1),
        UploadTimeout = TimeSpan.FromHours(1),
        Retry = new LabelboxRetryOptions { MaxAttempts = 4, TotalBudget = TimeSpan.FromMinutes(5) },
    };

    public LabelboxClient Create() => new(new HttpClient(Fake, disposeHandler: false), Options, Logger, Time);
}
