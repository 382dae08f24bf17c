using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>Each fault kind is injected at its rate (seeded, so the counts are exact run to run) and counted.</summary>
public sealed class FaultTests
{
    private const int Requests = 200;

    /// <summary>A client that opens a connection per request, so HttpClient never silently retries a dropped one.</summary>
    private static HttpClient NewClient()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.ConnectionClose = true;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "k");
        return http;
    }

    private static async Task<(HttpStatusCode? Status, HttpResponseMessage? Response)> SendAsync(HttpClient http, LabelboxSandbox sandbox, string query)
    {
        string body = "{\"query\": " + System.Text.Json.JsonSerializer.Serialize(query) + ", \"variables\": {\"name\": \"d\", \"description\": \"\"}}";
        try
        {
            HttpResponseMessage response = await http.PostAsync(sandbox.GraphQLEndpoint, new StringContent(body, Encoding.UTF8, "application/json"));
            return (response.StatusCode, response);
        }
        catch (HttpRequestException)
        {
            return (null, null);
        }
    }

    /// <summary>Sends <see cref="Requests"/> createDataset mutations; counts those that got no response.</summary>
    private static async Task<int> CountUnansweredAsync(HttpClient http, LabelboxSandbox sandbox)
    {
        int unanswered = 0;
        for (int i = 0; i < Requests; i++)
        {
            (HttpStatusCode? status, HttpResponseMessage? response) = await SendAsync(http, sandbox, SdkClient.CreateDatasetQuery);
            response?.Dispose();
            unanswered += status is null ? 1 : 0;
        }

        return unanswered;
    }

    private static void AssertNear(double rate, long count, int total) =>
        Assert.InRange(count, (long)(rate * total) - 25, (long)(rate * total) + 25);

    [Fact]
    public async Task Server_errors_are_502_or_503_with_the_gateway_bodies()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        sandbox.Faults.ServerErrorRate = 0.3;
        using HttpClient http = NewClient();

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < Requests; i++)
        {
            (HttpStatusCode? status, HttpResponseMessage? response) = await SendAsync(http, sandbox, SdkClient.UserQuery);
            statuses.Add(status!.Value);
            string text = await response!.Content.ReadAsStringAsync();
            if (status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.StartsWith("upstream connect error or disconnect/reset before headers", text, StringComparison.Ordinal);
            }
            else if (status == HttpStatusCode.BadGateway)
            {
                Assert.Contains("502 Bad Gateway", text, StringComparison.Ordinal);
            }

            response.Dispose();
        }

        long bad = sandbox.Faults.InjectedCount(SandboxFaultKind.BadGateway);
        long unavailable = sandbox.Faults.InjectedCount(SandboxFaultKind.ServiceUnavailable);
        Assert.Equal(bad, statuses.Count(s => s == HttpStatusCode.BadGateway));
        Assert.Equal(unavailable, statuses.Count(s => s == HttpStatusCode.ServiceUnavailable));
        Assert.True(bad > 0 && unavailable > 0);
        AssertNear(0.3, bad + unavailable, Requests);
        Assert.Equal(Requests, sandbox.State.Requests("GetUserPyApi"));
    }

    [Fact]
    public async Task Rate_limits_are_429_with_Retry_After_and_a_body_the_SDK_does_not_take_for_ApiLimitError()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        sandbox.Faults.RateLimitRate = 0.25;
        sandbox.Faults.RetryAfterSeconds = 2;
        sandbox.Faults.Scope = SandboxFaultScope.Mutations;
        using HttpClient http = NewClient();

        int limited = 0;
        for (int i = 0; i < Requests; i++)
        {
            (HttpStatusCode? status, HttpResponseMessage? response) = await SendAsync(http, sandbox, SdkClient.CreateDatasetQuery);
            using (response)
            {
                if (status == HttpStatusCode.TooManyRequests)
                {
                    limited++;
                    Assert.Equal(TimeSpan.FromSeconds(2), response!.Headers.RetryAfter!.Delta);
                    string message = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!;
                    Assert.Equal(SandboxFaults.DefaultRateLimitMessage, message);
                    Assert.False(message.StartsWith("You have exceeded", StringComparison.Ordinal));
                }
            }
        }

        Assert.Equal(sandbox.Faults.InjectedCount(SandboxFaultKind.RateLimit), limited);
        AssertNear(0.25, limited, Requests);
        Assert.Equal(Requests - limited, sandbox.State.Datasets.Count);

        // Out of scope: queries are never limited.
        for (int i = 0; i < 20; i++)
        {
            (HttpStatusCode? status, HttpResponseMessage? response) = await SendAsync(http, sandbox, SdkClient.UserQuery);
            response?.Dispose();
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }

    [Fact]
    public async Task Dropped_connections_process_nothing_and_lost_responses_process_everything()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        sandbox.Faults.DropConnectionRate = 0.2;
        using HttpClient http = NewClient();

        int dropped = await CountUnansweredAsync(http, sandbox);

        Assert.Equal(sandbox.Faults.InjectedCount(SandboxFaultKind.DropConnection), dropped);
        AssertNear(0.2, dropped, Requests);
        Assert.Equal(Requests - dropped, sandbox.State.Datasets.Count);

        sandbox.Faults.Clear();
        sandbox.Faults.LostResponseRate = 0.2;
        int lost = await CountUnansweredAsync(http, sandbox);

        Assert.Equal(sandbox.Faults.InjectedCount(SandboxFaultKind.LostResponse), lost);
        AssertNear(0.2, lost, Requests);
        Assert.Equal(2 * Requests - dropped, sandbox.State.Datasets.Count);
    }

    [Fact]
    public async Task Delays_fall_in_the_configured_range()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        sandbox.Faults.DelayRate = 0.5;
        sandbox.Faults.SetDelayRange(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40));
        using HttpClient http = NewClient();

        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 40; i++)
        {
            (HttpStatusCode? status, HttpResponseMessage? response) = await SendAsync(http, sandbox, SdkClient.UserQuery);
            response?.Dispose();
            Assert.Equal(HttpStatusCode.OK, status);
        }

        long delayed = sandbox.Faults.InjectedCount(SandboxFaultKind.Delay);
        Assert.InRange(delayed, 10, 30);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(20 * delayed), clock.Elapsed + " for " + delayed + " delays");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_faults()
    {
        async Task<string> Run()
        {
            await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { FaultSeed = 42 });
            sandbox.Faults.ServerErrorRate = 0.2;
            sandbox.Faults.RateLimitRate = 0.2;
            sandbox.Faults.DropConnectionRate = 0.1;
            using HttpClient http = NewClient();
            var outcome = new StringBuilder();
            for (int i = 0; i < 60; i++)
            {
                (HttpStatusCode? status, HttpResponseMessage? response) = await SendAsync(http, sandbox, SdkClient.UserQuery);
                response?.Dispose();
                outcome.Append(status is null ? "x" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }

            return outcome.ToString();
        }

        string first = await Run();
        Assert.Equal(first, await Run());
        Assert.Contains("429", first, StringComparison.Ordinal);
        Assert.Contains("x", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_can_be_set_and_counters_read_over_HTTP()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using HttpClient http = NewClient();

        using HttpResponseMessage set = await http.PostAsync(new Uri(sandbox.BaseAddress, "_sandbox/faults"),
            new StringContent("{\"serverErrorRate\": 1, \"scope\": \"Uploads\", \"seed\": 3}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(1, sandbox.Faults.ServerErrorRate);
        Assert.Equal(SandboxFaultScope.Uploads, sandbox.Faults.Scope);

        using HttpResponseMessage invalid = await http.PostAsync(new Uri(sandbox.BaseAddress, "_sandbox/faults"),
            new StringContent("{\"rateLimitRate\": 2}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        using var client = new SdkClient(sandbox);
        (HttpStatusCode status, _) = await client.PostAsync(SdkClient.UserQuery);
        Assert.Equal(HttpStatusCode.OK, status);
        using HttpResponseMessage state = await http.GetAsync(new Uri(sandbox.BaseAddress, "_sandbox/state"));
        JsonNode counters = JsonNode.Parse(await state.Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)counters["requests"]!["GetUserPyApi"]!);
        Assert.Equal(0, (int)counters["faultsInjected"]!["BadGateway"]!);
    }

    [Fact]
    public async Task With_an_api_key_the_admin_routes_want_it_too()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { ApiKey = "admin-key" });
        using HttpClient http = NewClient();

        using HttpResponseMessage refused = await http.PostAsync(new Uri(sandbox.BaseAddress, "_sandbox/faults"),
            new StringContent("{\"serverErrorRate\": 1}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(0, sandbox.Faults.ServerErrorRate);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(sandbox.BaseAddress, "_sandbox/faults"))
        {
            Content = new StringContent("{\"serverErrorRate\": 1}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "admin-key");
        using HttpResponseMessage taken = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(1, sandbox.Faults.ServerErrorRate);
        using HttpResponseMessage state = await http.GetAsync(new Uri(sandbox.BaseAddress, "_sandbox/state"));
        Assert.Equal(HttpStatusCode.Unauthorized, state.StatusCode);
    }
}
