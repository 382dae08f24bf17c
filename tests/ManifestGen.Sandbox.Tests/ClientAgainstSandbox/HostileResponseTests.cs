using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>A service that never gets better: the client gives up inside its time budget with a clear exception.</summary>
public sealed class HostileResponseTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private static Task<ClientHarness> StartAsync() => ClientHarness.StartAsync(o =>
    {
        o.Retry.MaxAttempts = 1000; // the budget, not the attempt count, has to end it
        o.Retry.TotalBudget = Budget;
        o.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
        o.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
        o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(2);
    });

    [Fact]
    public async Task Endless_429_ends_in_a_rate_limit_exception_within_the_budget()
    {
        await using ClientHarness h = await StartAsync();
        h.Sandbox.Faults.RateLimitRate = 1;
        h.Sandbox.Faults.RetryAfterSeconds = 1;

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<LabelboxRequestException>(() => h.Client.CreateDatasetAsync("never"));
        clock.Stop();
        Assert.Equal(LabelboxErrorKind.RateLimited, error.Kind);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3), Budget + TimeSpan.FromSeconds(3));
        long tries = h.Sandbox.Faults.InjectedCount(SandboxFaultKind.RateLimit);
        Assert.InRange(tries, 3, 8); // Retry-After: 1 honoured — about one try a second, not a hammering
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Empty(h.Sandbox.State.Datasets);
        Assert.DoesNotContain(ClientHarness.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_dropped_on_every_request_ends_in_a_server_exception_within_the_budget()
    {
        await using ClientHarness h = await StartAsync();
        h.Sandbox.Faults.DropConnectionRate = 1;

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<LabelboxRequestException>(() =>
            h.Client.ImportAsync(new[] { new DataRowSpec("https://example.com/a.jpg") { GlobalKey = "dropped" } }, new ImportOptions { DatasetName = "never" }));
        clock.Stop();
        Assert.Equal(LabelboxErrorKind.ServiceError, error.Kind);

        Assert.True(clock.Elapsed < Budget + TimeSpan.FromSeconds(3), "took " + clock.Elapsed);
        Assert.Contains("every attempt", error.Message, StringComparison.Ordinal);
        Assert.True(h.Sandbox.Faults.InjectedCount(SandboxFaultKind.DropConnection) > 2);
        Assert.DoesNotContain(ClientHarness.ApiKey, error.ToString(), StringComparison.Ordinal);
    }
}
