using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Client;

public sealed class ResilienceTests
{
    private static HttpResponseMessage Status(int status, string body = "{}", string type = "application/json") =>
        new((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, type) };

    private static HttpResponseMessage WithRetryAfter(int status, System.Net.Http.Headers.RetryConditionHeaderValue retryAfter)
    {
        HttpResponseMessage r = Status(status);
        r.Headers.RetryAfter = retryAfter;
        return r;
    }

    /// <summary>A client with 50 attempts and 30 s in all, against a service that answers every request alike.</summary>
    private static ClientFactory WithThirtySecondBudget(Func<HttpResponseMessage> answer)
    {
        var factory = new ClientFactory();
        factory.Options.Retry.MaxAttempts = 50;
        factory.Options.Retry.TotalBudget = TimeSpan.FromSeconds(30);
        for (int i = 0; i < 60; i++)
        {
            factory.Fake.Script.Enqueue(FakeLabelbox.Respond(answer));
        }

        return factory;
    }

    private static HttpResponseMessage GraphQlError(string code, string message = "nope", int? exceptionStatus = null)
    {
        var extensions = new JsonObject { ["code"] = code };
        if (exceptionStatus is { } s)
        {
            extensions["exception"] = new JsonObject { ["status"] = s };
        }

        return FakeLabelbox.Json(HttpStatusCode.OK, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = extensions }) });
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task TransientStatuses_AreRetried(int status)
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(status)));
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(status)));

        await factory.Create().CreateDatasetAsync("x");

        Assert.Equal(3, factory.Fake.RequestCount);
        Assert.Equal(2, factory.Time.Delays.Count);
        Assert.All(factory.Time.Delays, d => Assert.InRange(d, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public async Task DroppedConnectionsAndTimeouts_AreRetried_UploadsResendTheBytes()
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Throw(new HttpRequestException("connection reset")));
        factory.Fake.Script.Enqueue(FakeLabelbox.Throw(new IOException("unexpected EOF")));
        factory.Fake.Script.Enqueue(FakeLabelbox.Throw(new TaskCanceledException("HttpClient.Timeout", new TimeoutException())));

        string url = await factory.Create().UploadFileAsync(new MemoryStream(new byte[] { 7, 8 }), "a.bin", null);

        Assert.Equal(4, factory.Fake.RequestCount);
        Assert.Equal(new byte[] { 7, 8 }, factory.Fake.Files[url].Bytes);
    }

    [Fact]
    public async Task AHungAttempt_TimesOutAndIsRetried()
    {
        var factory = new ClientFactory();
        factory.Options.RequestTimeout = TimeSpan.FromSeconds(30); // under the fake clock's threshold: fires at once
        factory.Time.FiresOnce = factory.Options.RequestTimeout; // the retry's own time-out must not race its answer
        factory.Fake.Script.Enqueue(async (request, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), cancellationToken); // real time, bounded; the time-out cancels it first
            return null;
        });

        var started = DateTime.UtcNow;
        await factory.Create().CreateDatasetAsync("x");

        Assert.Equal(2, factory.Fake.RequestCount);
        Assert.Contains(TimeSpan.FromSeconds(30), factory.Time.Delays);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task RetryAfter_InSecondsAndAsADate_IsHonouredAndCapped()
    {
        var factory = new ClientFactory();
        factory.Options.Retry.MaxRetryAfter = TimeSpan.FromSeconds(100);
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => WithRetryAfter(429, new(TimeSpan.FromSeconds(7)))));
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => WithRetryAfter(503, new(factory.Time.GetUtcNow().AddSeconds(9)))));
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => WithRetryAfter(429, new(TimeSpan.FromHours(5)))));

        await factory.Create().CreateDatasetAsync("x");

        Assert.Equal(new[] { 7.0, 9, 100 }, factory.Time.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task EndlessRateLimiting_EndsInARateLimitExceptionWithinTheAttempts()
    {
        var factory = new ClientFactory();
        for (int i = 0; i < 50; i++)
        {
            factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(429, "{\"message\":\"slow down\"}")));
        }

        var e = await RequestFailures.ThrowsAsync(LabelboxErrorKind.RateLimited, () => factory.Create().CreateDatasetAsync("x"));

        Assert.Equal(4, factory.Fake.RequestCount);
        Assert.Equal(429, e.HttpStatus);
    }

    [Fact]
    public async Task TheTotalBudget_StopsRetriesBeforeTheAttemptsRunOut()
    {
        ClientFactory factory = WithThirtySecondBudget(() => Status(503));

        await RequestFailures.ThrowsAsync(LabelboxErrorKind.ServiceError, () => factory.Create().CreateDatasetAsync("x"));

        Assert.InRange(factory.Fake.RequestCount, 2, 20);
        Assert.True(factory.Time.Delays.Aggregate(TimeSpan.Zero, (a, b) => a + b) <= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task NearTheBudgetsEnd_NoAttemptComesSoonerThanRetryAfterAsks()
    {
        ClientFactory factory = WithThirtySecondBudget(() => WithRetryAfter(429, new(TimeSpan.FromSeconds(7))));

        await RequestFailures.ThrowsAsync(LabelboxErrorKind.RateLimited, () => factory.Create().CreateDatasetAsync("x"));

        // Four waits of 7 s fit in 30 s; a fifth would not, so the client stops instead of coming back after 2 s.
        Assert.Equal(new[] { 7.0, 7, 7, 7 }, factory.Time.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(5, factory.Fake.RequestCount);
    }

    [Theory]
    [InlineData(400, LabelboxErrorKind.InvalidRequest)]
    [InlineData(401, LabelboxErrorKind.Authentication)]
    [InlineData(403, LabelboxErrorKind.Authorization)]
    [InlineData(404, LabelboxErrorKind.NotFound)]
    public async Task ClientErrors_FailFastWithoutRetry(int status, LabelboxErrorKind expected)
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(status, "{\"message\":\"no\"}")));

        var e = await RequestFailures.ThrowsAsync(expected, () => factory.Create().CreateDatasetAsync("x"));

        Assert.Equal(1, factory.Fake.RequestCount);
        Assert.Equal(status, e.HttpStatus);
        if (status == 401)
        {
            Assert.Contains("LABELBOX_API_KEY", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("AUTHENTICATION_ERROR", null, LabelboxErrorKind.Authentication)]
    [InlineData("AUTHORIZATION_ERROR", null, LabelboxErrorKind.Authorization)]
    [InlineData("GRAPHQL_VALIDATION_FAILED", null, LabelboxErrorKind.InvalidRequest)]
    [InlineData("GRAPHQL_PARSE_FAILED", null, LabelboxErrorKind.InvalidRequest)]
    [InlineData("RESOURCE_NOT_FOUND", null, LabelboxErrorKind.NotFound)]
    [InlineData("INTERNAL_SERVER_ERROR", 400, LabelboxErrorKind.InvalidRequest)]
    [InlineData("INTERNAL_SERVER_ERROR", 500, LabelboxErrorKind.ServiceError)]
    [InlineData("INTERNAL_SERVER_ERROR", null, LabelboxErrorKind.ServiceError)]
    [InlineData("INTERNAL_SERVER_ERROR", 422, LabelboxErrorKind.ServiceError)]
    [InlineData("SOMETHING_ELSE", null, LabelboxErrorKind.Other)]
    public async Task GraphQlErrorCodes_MapToTheKinds(string code, int? status, LabelboxErrorKind expected)
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => GraphQlError(code, "it failed", status)));

        var e = await RequestFailures.ThrowsAsync(expected, () => factory.Create().CreateDatasetAsync("x"));

        Assert.Equal(code, e.Code);
        Assert.Equal(1, factory.Fake.RequestCount);
    }

    [Fact]
    public async Task YouHaveExceeded_IsARateLimit()
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(200, "{\"message\":\"You have exceeded the rate limit\"}")));

        await RequestFailures.ThrowsAsync(LabelboxErrorKind.RateLimited, () => factory.Create().CreateDatasetAsync("x"));
    }

    [Fact]
    public async Task AnInternalServerErrorTheSdkRetries_IsRetried_ThoughItCameWithHttp200()
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => GraphQlError("INTERNAL_SERVER_ERROR", "upstream busy", 503)));

        LabelboxDataset dataset = await factory.Create().CreateDatasetAsync("x");

        Assert.Equal("x", dataset.Name);
        Assert.Equal(2, factory.Fake.RequestCount);
    }

    [Fact]
    public async Task AnAnswerDeclaredOver128MB_IsRefusedUnread()
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() =>
        {
            var content = new StreamContent(new MemoryStream(new byte[16]));
            content.Headers.ContentLength = 200L * 1024 * 1024;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }));

        var e = await RequestFailures.ThrowsAsync(LabelboxErrorKind.UnexpectedResponse, () => factory.Create().CreateDatasetAsync("x"));

        Assert.Equal("Labelbox Client:create_dataset answered with 209715200 bytes, over the 128 MB an answer may have; check LabelboxClientOptions.Endpoint and any proxy between.", e.Message);
        Assert.Equal(1, factory.Fake.RequestCount);
    }

    [Fact]
    public async Task AnAnswerThatNeverEnds_StopsBeingReadPast128MB()
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new EndlessStream()) }));

        var e = await RequestFailures.ThrowsAsync(LabelboxErrorKind.UnexpectedResponse, () => factory.Create().CreateDatasetAsync("x"));

        Assert.StartsWith("Labelbox Client:create_dataset answered with more than 134217728 bytes, over the 128 MB", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A body of spaces without end and without a declared length.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData(200, "<html><body>Gateway</body></html>", "text/html")]
    [InlineData(200, "{\"data\":{\"createDataset\":{\"id\":", "application/json")]
    [InlineData(200, "{\"data\":{\"createDataset\":{\"id\":42,\"name\":\"x\"}}}", "application/json")]
    [InlineData(200, "{\"data\":{\"createDataset\":[]}}", "application/json")]
    [InlineData(200, "[1,2]", "application/json")]
    [InlineData(200, "{\"data\":{\"createDataset\":{\"id\":\"a\\ud800\",\"name\":\"x\"}}}", "application/json")]
    [InlineData(400, "{\"errors\":[{\"message\":\"bad \\udfff\"}]}", "application/json")]
    [InlineData(200, "", "text/plain")]
    public async Task HostileAnswers_EndInAClearException(int status, string body, string type)
    {
        var factory = new ClientFactory();
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(status, body, type)));

        var e = await RequestFailures.ThrowsAsync(LabelboxErrorKind.UnexpectedResponse, () => factory.Create().CreateDatasetAsync("x"));

        Assert.Contains("Endpoint", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHtmlErrorPageOn502_IsRetriedThenAServerFault()
    {
        var factory = new ClientFactory();
        for (int i = 0; i < 10; i++)
        {
            factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => Status(502, "<html>Bad Gateway</html>", "text/html")));
        }

        var e = await RequestFailures.ThrowsAsync(LabelboxErrorKind.ServiceError, () => factory.Create().CreateDatasetAsync("x"));

        Assert.Equal(502, e.HttpStatus);
        Assert.Equal(4, factory.Fake.RequestCount);
    }

    [Fact]
    public async Task Cancellation_StopsRetrying()
    {
        var factory = new ClientFactory();
        using var cts = new CancellationTokenSource();
        factory.Fake.Script.Enqueue((_, _) =>
        {
            cts.Cancel();
            return Task.FromResult<HttpResponseMessage?>(Status(503));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.Create().CreateDatasetAsync("x", null, cts.Token));

        Assert.Equal(1, factory.Fake.RequestCount);
    }
}
