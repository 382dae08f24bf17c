using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>Talks to a sandbox the way the Python SDK 6.0.0 talks to Labelbox (labelbox-protocol.md §1).</summary>
internal sealed class SdkClient : IDisposable
{
    public const string UploadQuery = "mutation UploadFile($file: Upload!, $contentLength: Int!, $sign: Boolean) { uploadFile(file: $file, contentLength: $contentLength, sign: $sign) {url filename} }";
    public const string UpsertQuery = "mutation UpsertDataRowsPyApi($manifestUri: String!) { upsertDataRows(data: { manifestUri: $manifestUri }) { id createdAt updatedAt name status completionPercentage result errors type metadata } }";
    public const string TaskQuery = "query GetUserCreatedTasksPyApi($param_0: ID!, $param_1: ID!){user(where: {id: $param_1}){createdTasks(where: {id: $param_0} skip: 0 first: 100){completionPercentage createdAt errors metadata name result status type id updatedAt}}}";
    public const string UserQuery = "query GetUserPyApi{user{createdAt email intercomHash isExternalUser isViewer nickname name picture id updatedAt}}";
    public const string DeleteDatasetQuery = "mutation deleteDatasetPyApi($DatasetId: ID!){updateDataset( where: {id: $DatasetId} data: {deleted: true}) {id}} ";
    public const string CreateDatasetQuery = "mutation CreateDatasetPyApi($name: String!, $description: String!){createDataset(data: {name: $name description: $description}) {createdAt description name rowCount id updatedAt}}";
    public const string FailedQuery = "query FailedDataRowImportsPyApi($taskId: ID!, $first: Int, $from: String) { failedDataRowImports(data: { taskId: $taskId, first: $first, from: $from}) { after total results { message spec { externalId globalKey rowData metadata { schemaId value name } attachments { type value name } } } } }";
    public const string SuccessQuery = "query SuccessesfulDataRowImportsPyApi($taskId: ID!, $first: Int, $from: String) { successesfulDataRowImports(data: { taskId: $taskId, first: $first, from: $from}) { nodes { id externalId globalKey rowData } after total } }";

    private readonly HttpClient http;
    private readonly Uri endpoint;

    public SdkClient(LabelboxSandbox sandbox, string apiKey = "test-key")
    {
        endpoint = sandbox.GraphQLEndpoint;
        http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Add("X-User-Agent", "python-sdk 6.0.0");
        http.DefaultRequestHeaders.Add("X-Python-Version", "3.11.7-final");
    }

    public HttpClient Http => http;

    public void Dispose() => http.Dispose();

    /// <summary>POSTs a query; returns the status and the parsed body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query, object? variables = null, string? sdkMethod = null)
    {
        string body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables ?? new Dictionary<string, object?>() });
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (sdkMethod is not null)
        {
            request.Headers.Add("X-SDK-Method", sdkMethod);
        }

        using HttpResponseMessage response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>Executes and asserts there are no errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> ExecuteAsync(string query, object? variables = null)
    {
        (HttpStatusCode status, JsonNode body) = await PostAsync(query, variables);
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, status + " " + body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>
    /// Uploads as Client.upload_data does: operations, map, then the file part named "1". With
    /// <paramref name="askFirst"/> the request says "Expect: 100-continue", so a body the server refuses
    /// up front is never sent.
    /// </summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> UploadRawAsync(byte[] content, string? fileName, string? contentType, bool askFirst = false)
    {
        using var form = new MultipartFormDataContent();
        string operations = JsonSerializer.Serialize(new
        {
            variables = new { file = (object?)null, contentLength = content.Length, sign = false },
            query = UploadQuery,
        });
        form.Add(new StringContent(operations) { Headers = { ContentType = null } }, "operations");
        form.Add(new StringContent("{\"1\": [\"variables.file\"]}") { Headers = { ContentType = null } }, "map");
        var file = new ByteArrayContent(content);
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"1\"; filename=\"" + (fileName ?? "1") + "\"");
        if (contentType is not null)
        {
            file.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        form.Add(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        request.Headers.ExpectContinue = askFirst;
        using HttpResponseMessage response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public async Task<string> UploadAsync(byte[] content, string? fileName, string? contentType)
    {
        (HttpStatusCode status, JsonNode body) = await UploadRawAsync(content, fileName, contentType);
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return (string)body["data"]!["uploadFile"]!["url"]!;
    }

    /// <summary>A data-row chunk, sent with the SDK's swapped filename and content type.</summary>
    public Task<string> UploadChunkAsync(JsonArray items) =>
        UploadAsync(Encoding.UTF8.GetBytes(items.ToJsonString()), "application/json", "json_import.json");

    public Task<string> UploadManifestAsync(int itemCount, params string[] chunkUris) =>
        UploadAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { source = "SDK", item_count = itemCount, chunk_uris = chunkUris })), "manifest.json", "application/json");

    public async Task<string> CreateDatasetAsync(string name = "cats") =>
        (string)(await ExecuteAsync(CreateDatasetQuery, new { name, description = "" }))["createDataset"]!["id"]!;

    /// <summary>Uploads the items as one chunk, then the manifest, and starts the task; returns the task.</summary>
    public async Task<JsonNode> StartImportAsync(JsonArray items)
    {
        int count = items.Count;
        string chunk = await UploadChunkAsync(items);
        string manifest = await UploadManifestAsync(count, chunk);
        return (await ExecuteAsync(UpsertQuery, new { manifestUri = manifest }))["upsertDataRows"]!;
    }

    /// <summary>Polls the task (as task.refresh does) until it leaves IN_PROGRESS: at most 200 polls and 10 s.</summary>
    public async Task<JsonNode> WaitForTaskAsync(string taskId)
    {
        string userId = (string)(await ExecuteAsync(UserQuery))["user"]!["id"]!;
        var clock = Stopwatch.StartNew();
        for (int poll = 0; poll < 200 && clock.Elapsed < TimeSpan.FromSeconds(10); poll++)
        {
            JsonNode task = (await ExecuteAsync(TaskQuery, new { param_0 = taskId, param_1 = userId }))["user"]!["createdTasks"]![0]!;
            if ((string)task["status"]! != "IN_PROGRESS")
            {
                return task;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("Task " + taskId + " still IN_PROGRESS");
    }

    public async Task<JsonNode> ImportAsync(JsonArray items)
    {
        JsonNode task = await StartImportAsync(items);
        return await WaitForTaskAsync((string)task["id"]!);
    }

    /// <summary>Every failed row, paging as DataUpsertTask does.</summary>
    public Task<List<JsonNode>> FailedRowsAsync(string taskId, int first = 5000) =>
        AllPagesAsync(FailedQuery, "failedDataRowImports", "results", taskId, first);

    public Task<List<JsonNode>> SucceededRowsAsync(string taskId, int first = 5000) =>
        AllPagesAsync(SuccessQuery, "successesfulDataRowImports", "nodes", taskId, first);

    /// <summary>Follows <c>after</c> from page to page until it is empty (at most 100 pages).</summary>
    private async Task<List<JsonNode>> AllPagesAsync(string query, string field, string itemsField, string taskId, int first)
    {
        var rows = new List<JsonNode>();
        string? from = null;
        for (int page = 0; page < 100; page++)
        {
            JsonNode result = (await ExecuteAsync(query, new { taskId, first, from }))[field]!;
            rows.AddRange(result[itemsField]!.AsArray().Select(r => r!.DeepClone()));
            from = (string?)result["after"];
            if (string.IsNullOrEmpty(from))
            {
                return rows;
            }
        }

        throw new InvalidOperationException("more than 100 pages");
    }

    /// <summary>An SDK-style item: AUTO key, the payload with dataset_id inside.</summary>
    public static JsonObject Item(string datasetId, string? rowData, string? globalKey = null, string keyType = "AUTO", string keyValue = "", Action<JsonObject>? extra = null)
    {
        var payload = new JsonObject { ["dataset_id"] = datasetId };
        if (rowData is not null)
        {
            payload["row_data"] = rowData;
        }

        if (globalKey is not null)
        {
            payload["global_key"] = globalKey;
        }

        extra?.Invoke(payload);
        return new JsonObject { ["id"] = new JsonObject { ["type"] = keyType, ["value"] = keyValue }, ["payload"] = payload };
    }
}
