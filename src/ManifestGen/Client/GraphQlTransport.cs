using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace ManifestGen.Client;

/// <summary>
/// Sends GraphQL requests and multipart uploads to the one Labelbox endpoint (protocol §1), each in
/// the retry pipeline, and turns the answer into <c>data</c> or a <see cref="LabelboxException"/>.
/// </summary>
internal sealed class GraphQlTransport
{
    private static readonly string UserAgent = "manifestgen-dotnet " + typeof(GraphQlTransport).Assembly.GetName().Version?.ToString(3);

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string _apiKey;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<RawResponse> _requests;
    private readonly ResiliencePipeline<RawResponse> _uploads;

    public GraphQlTransport(HttpClient http, LabelboxClientOptions options, TimeProvider time, ILogger logger)
    {
        _http = http;
        _endpoint = Endpoints.Check(options);
        _apiKey = ApiKeys.Resolve(options);
        _time = time;
        _logger = logger;
        _requests = RequestPipelines.Create(options.Retry, options.RequestTimeout, time, logger);
        _uploads = RequestPipelines.Create(options.Retry, options.UploadTimeout, time, logger);
    }

    /// <summary>Text the service sent, with the API key masked wherever the service echoed it.</summary>
    public string Redact(string text) => ApiKeys.Redact(text, _apiKey);

    /// <summary>
    /// Runs one GraphQL operation and returns its <c>data</c> object. <paramref name="operation"/> names
    /// the calling method for X-SDK-Method and logs, e.g. Dataset:upsert_data_rows.
    /// </summary>
    public Task<JsonElement> ExecuteAsync(string operation, string query, Action<Utf8JsonWriter>? writeVariables, CancellationToken cancellationToken) =>
        ExecuteAsync(operation, query, writeVariables, null, cancellationToken);

    // afterLostRequest is set when an attempt was a lost request (no answer, or a 5xx: docs/import-resume.md), leaving open whether
    // Labelbox carried the request out, and a later attempt sent it again.
    public async Task<JsonElement> ExecuteAsync(string operation, string query, Action<Utf8JsonWriter>? writeVariables, StrongBox<bool>? afterLostRequest, CancellationToken cancellationToken)
    {
        byte[] body = GraphQlBodies.Request(query, writeVariables);
        RawResponse response = await SendAsync(_requests, operation, afterLostRequest, () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = content };
            request.Headers.TryAddWithoutValidation("X-SDK-Method", operation);
            return request;
        }, cancellationToken).ConfigureAwait(false);
        return GraphQlAnswers.Data(response, operation, _apiKey);
    }

    /// <summary>
    /// Uploads a file as a GraphQL multipart request (protocol §1.1) and returns its URL.
    /// <paramref name="openContent"/> is called once per attempt, so every retry re-sends the bytes.
    /// </summary>
    public async Task<string> UploadAsync(Func<HttpContent> openContent, long length, string fileName, string? contentType, CancellationToken cancellationToken)
    {
        string operations = Encoding.UTF8.GetString(GraphQlBodies.UploadOperations(length));
        RawResponse response = await SendAsync(_uploads, "Client:upload_data", null, () =>
        {
            var form = new MultipartFormDataContent();
            form.Add(FormField(operations), "operations");
            form.Add(FormField(GraphQlBodies.UploadMap), "map");
            HttpContent file = openContent();
            if (contentType != null)
            {
                file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            form.Add(file, "1", fileName);
            return new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = form };
        }, cancellationToken).ConfigureAwait(false);
        JsonElement data = GraphQlAnswers.Data(response, "Client:upload_data", _apiKey);
        return JsonRead.String(JsonRead.Object(data, "uploadFile", "data"), "url", "data.uploadFile");
    }

    private static StringContent FormField(string text)
    {
        // A plain form field, as the SDK sends it: no Content-Type of its own.
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = null;
        return content;
    }

    private async Task<RawResponse> SendAsync(ResiliencePipeline<RawResponse> pipeline, string operation, StrongBox<bool>? afterLostRequest, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        RequestPipelines.Start(context, _time);
        try
        {
            Outcome<RawResponse> outcome = await pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    if (state.AfterLostRequest is { } afterLostRequest && state.Unanswered.Value)
                    {
                        afterLostRequest.Value = true; // sending again what Labelbox may already have carried out
                    }

                    try
                    {
                        RawResponse answer = await state.Self.SendOnceAsync(state.CreateRequest, state.Operation, ctx.CancellationToken).ConfigureAwait(false);
                        state.Unanswered.Value |= answer.Status >= 500 || answer.ServerFaultInBody;
                        return Outcome.FromResult(answer);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !state.Caller.IsCancellationRequested)
                    {
                        state.Unanswered.Value = true;
                        return Outcome.FromException<RawResponse>(e);
                    }
                },
                context,
                (Self: this, CreateRequest: createRequest, Operation: operation, Caller: cancellationToken, AfterLostRequest: afterLostRequest, Unanswered: new StrongBox<bool>())).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.Exception is { } failure)
            {
                throw Unreachable(failure, operation);
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<RawResponse> SendOnceAsync(Func<HttpRequestMessage> createRequest, string operation, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = createRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.TryAddWithoutValidation("X-User-Agent", UserAgent);
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        string body = await ResponseBodies.ReadAsync(response.Content, operation, cancellationToken).ConfigureAwait(false);
        Log.Answered(_logger, operation, (int)response.StatusCode, body.Length);
        return new RawResponse((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, RetryAfterHeader.Read(response, _time.GetUtcNow()),
            GraphQlAnswers.IsRetriedServerError(body));
    }

    private LabelboxException Unreachable(Exception failure, string operation)
    {
        if (failure is LabelboxException known)
        {
            return known; // already says what and where, e.g. an answer too large to read
        }

        string what = failure switch
        {
            TimeoutRejectedException => "timed out",
            OperationCanceledException => "timed out",
            HttpRequestException or IOException => "could not be completed (" + ApiKeys.Redact(failure.Message, _apiKey) + ")",
            _ => "failed (" + failure.GetType().Name + ")",
        };
        return failure is HttpRequestException or IOException or TimeoutRejectedException or OperationCanceledException
            ? new LabelboxRequestException(LabelboxErrorKind.ServiceError, "Labelbox " + operation + " at " + _endpoint + " " + what + " on every attempt; check the network and try again later.", innerException: failure)
            : new LabelboxRequestException(LabelboxErrorKind.Other, "Labelbox " + operation + " " + what + ".", innerException: failure);
    }
}
