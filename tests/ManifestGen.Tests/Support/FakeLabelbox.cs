using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Tests.Support;

/// <summary>
/// A small, strict Labelbox: answers the protocol's operations from in-memory state and fails the test
/// (HTTP 400 with GRAPHQL_VALIDATION_FAILED, or an assertion) when a request is not what the protocol says.
/// <see cref="Script"/> injects faults per request; every request is counted and bounded.
/// </summary>
internal sealed class FakeLabelbox : HttpMessageHandler
{
    public const string ApiKey = "lbk-SECRET-0123456789abcdef";
    public const string UserId = "user-1";
    public const string CameraId = "cmcamera00000000000000001";
    public const string QualityId = "cmquality0000000000000001";
    public const string GoodId = "cmqualitygood000000000001";

    private readonly Dictionary<string, Func<JsonElement, JsonObject>> _operations;
    private int _uploads;
    private int _tasks;

    public FakeLabelbox()
    {
        _operations = new()
        {
            [ProtocolTexts.Normalize(ProtocolTexts.CreateDataset)] = CreateDataset,
            [ProtocolTexts.Normalize(ProtocolTexts.CreateDatasetNameOnly)] = CreateDataset,
            [ProtocolTexts.Normalize(ProtocolTexts.GetDataset)] = v => new JsonObject { ["dataset"] = Datasets.TryGetValue(Str(v, "param_0"), out JsonObject? d) ? d.DeepClone() : null },
            [ProtocolTexts.Normalize(ProtocolTexts.GetUser)] = _ => new JsonObject { ["user"] = new JsonObject { ["id"] = UserId, ["email"] = "a@b.c" } },
            [ProtocolTexts.Normalize(ProtocolTexts.Ontology)] = _ => new JsonObject { ["customMetadataOntology"] = JsonNode.Parse(OntologyJson) },
            [ProtocolTexts.Normalize(ProtocolTexts.UpsertDataRows)] = Upsert,
            [ProtocolTexts.Normalize(ProtocolTexts.GetTask)] = GetTask,
            [ProtocolTexts.Normalize(ProtocolTexts.ListTasks)] = ListTasks,
            [ProtocolTexts.Normalize(ProtocolTexts.FailedRows)] = v => Page(v, "failedDataRowImports", "results", t => t.Failures),
            [ProtocolTexts.Normalize(ProtocolTexts.SuccessfulRows)] = v => Page(v, "successesfulDataRowImports", "nodes", t => t.Imported),
        };
    }

    public static string OntologyJson { get; set; } = """
        [{"id":"cko8s9r5v0001h2dk9elqdidh","name":"tag","kind":"CustomMetadataString","reserved":true,"options":[]},
         {"id":"cko8sbczn0002h2dkdaxb5kal","name":"split","kind":"CustomMetadataEnum","reserved":true,"options":[
           {"id":"cko8sbscr0003h2dk04w86hof","kind":"CustomMetadataEnumOption","name":"train","reserved":true},
           {"id":"cko8sc2yr0004h2dk69aj5x63","kind":"CustomMetadataEnumOption","name":"valid","reserved":true},
           {"id":"cko8scbz70005h2dkastwhgqt","kind":"CustomMetadataEnumOption","name":"test","reserved":true}]},
         {"id":"cko8sdzv70006h2dk8jg64zvb","name":"captureDateTime","kind":"CustomMetadataDateTime","reserved":true,"options":[]},
         {"id":"cmcamera00000000000000001","name":"camera","kind":"CustomMetadataString","reserved":false,"options":[]},
         {"id":"cmquality0000000000000001","name":"quality","kind":"CustomMetadataEnum","reserved":false,"options":[
           {"id":"cmqualitygood000000000001","kind":"CustomMetadataEnumOption","name":"good","reserved":false}]}]
        """;

    /// <summary>Per-request faults, taken in order: return a response to send it instead, or null to answer normally.</summary>
    public ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage?>>> Script { get; } = new();

    /// <summary>Called with each operation answered normally ("UploadFile", "UpsertDataRowsPyApi", …), before the answer.</summary>
    public Action<string>? OnOperation { get; set; }

    public int MaxRequests { get; set; } = 5000;

    public int RequestCount;

    public ConcurrentQueue<string> Operations { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Datasets { get; } = new();

    public ConcurrentDictionary<string, (string FileName, string? ContentType, byte[] Bytes)> Files { get; } = new();

    /// <summary>Every item of every manifest given to upsertDataRows, in order.</summary>
    public List<JsonObject> UpsertedItems { get; } = new();

    public HashSet<string> ExistingGlobalKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FakeTask> Tasks { get; } = new();

    /// <summary>Polls answered IN_PROGRESS before a task reports <see cref="FinalStatus"/>.</summary>
    public int PollsUntilDone { get; set; }

    /// <summary>The status a task ends with, and its "errors" then (raw JSON).</summary>
    public (string Status, string? Errors) FinalStatus { get; set; } = ("COMPLETE", null);

    /// <summary>How many percent an IN_PROGRESS task moves on from one poll to the next (0: it says 0 until done).</summary>
    public double ProgressPerPoll { get; set; }

    public List<JsonNode> Variables { get; } = new();

    public List<HttpRequestMessage> Headers { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Assert.True(Interlocked.Increment(ref RequestCount) <= MaxRequests, "more requests than the test allows");
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("Bearer " + ApiKey, request.Headers.Authorization?.ToString());
        Assert.Contains("application/json", request.Headers.Accept.ToString(), StringComparison.Ordinal);
        if (Script.TryDequeue(out var fault) && await fault(request, cancellationToken) is { } faulted)
        {
            return faulted;
        }

        JsonNode data;
        string operation;
        if (request.Content is MultipartFormDataContent form)
        {
            operation = "UploadFile";
            data = await UploadAsync(form);
        }
        else
        {
            Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
            JsonElement body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken)).RootElement;
            string query = body.GetProperty("query").GetString()!;
            JsonElement variables = body.GetProperty("variables");
            Assert.Equal(JsonValueKind.Object, variables.ValueKind);
            Assert.True(request.Headers.Contains("X-SDK-Method"), "every execute() carries X-SDK-Method");
            if (!_operations.TryGetValue(ProtocolTexts.Normalize(query), out var answer))
            {
                return Json(HttpStatusCode.BadRequest, new JsonObject
                {
                    ["errors"] = new JsonArray(new JsonObject { ["message"] = "unknown operation: " + query, ["extensions"] = new JsonObject { ["code"] = "GRAPHQL_VALIDATION_FAILED" } }),
                });
            }

            operation = query.Split(new[] { ' ', '(', '{' }, StringSplitOptions.RemoveEmptyEntries)[1];
            lock (Variables)
            {
                Variables.Add(JsonNode.Parse(variables.GetRawText())!);
            }

            data = answer(variables);
        }

        Operations.Enqueue(operation);
        OnOperation?.Invoke(operation);
        return Json(HttpStatusCode.OK, new JsonObject { ["data"] = data });
    }

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage?>> Respond(Func<HttpResponseMessage> response) =>
        (_, _) => Task.FromResult<HttpResponseMessage?>(response());

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage?>> Throw(Exception e) => (_, _) => Task.FromException<HttpResponseMessage?>(e);

    private async Task<JsonNode> UploadAsync(MultipartFormDataContent form)
    {
        HttpContent[] parts = form.ToArray();
        Assert.Equal(3, parts.Length);
        Assert.Equal("operations", parts[0].Headers.ContentDisposition!.Name!.Trim('"'));
        Assert.Null(parts[0].Headers.ContentType);
        Assert.Equal("map", parts[1].Headers.ContentDisposition!.Name!.Trim('"'));
        Assert.Equal("{\"1\": [\"variables.file\"]}", await parts[1].ReadAsStringAsync());
        Assert.Equal("1", parts[2].Headers.ContentDisposition!.Name!.Trim('"'));
        JsonElement operations = JsonDocument.Parse(await parts[0].ReadAsStringAsync()).RootElement;
        Assert.Equal(ProtocolTexts.Normalize(ProtocolTexts.UploadFile), ProtocolTexts.Normalize(operations.GetProperty("query").GetString()!));
        JsonElement variables = operations.GetProperty("variables");
        Assert.Equal(JsonValueKind.Null, variables.GetProperty("file").ValueKind);
        Assert.False(variables.GetProperty("sign").GetBoolean());
        byte[] bytes = await parts[2].ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, variables.GetProperty("contentLength").GetInt64());
        string fileName = parts[2].Headers.ContentDisposition!.FileName!.Trim('"');
        string url = "https://storage.fake/" + Interlocked.Increment(ref _uploads) + "/" + fileName + "?signed=1";
        Files[url] = (fileName, parts[2].Headers.ContentType?.MediaType, bytes);
        return new JsonObject { ["uploadFile"] = new JsonObject { ["url"] = url, ["filename"] = fileName } };
    }

    private JsonObject CreateDataset(JsonElement v)
    {
        string id = "ds-" + (Datasets.Count + 1);
        var dataset = new JsonObject { ["id"] = id, ["name"] = Str(v, "name"), ["description"] = v.TryGetProperty("description", out var d) ? d.GetString() : null, ["rowCount"] = 0, ["createdAt"] = "2026-01-01T00:00:00Z", ["updatedAt"] = "2026-01-01T00:00:00Z" };
        Datasets[id] = dataset;
        return new JsonObject { ["createDataset"] = dataset.DeepClone() };
    }

    private JsonObject Upsert(JsonElement v)
    {
        var (name, type, bytes) = Files[Str(v, "manifestUri")];
        Assert.Equal("manifest.json", name);
        Assert.Equal("application/json", type);
        JsonElement manifest = JsonDocument.Parse(bytes).RootElement;
        Assert.Equal("SDK", manifest.GetProperty("source").GetString());
        var task = new FakeTask("task-" + Interlocked.Increment(ref _tasks), PollsUntilDone);
        int items = 0;
        lock (UpsertedItems)
        {
            foreach (JsonElement uri in manifest.GetProperty("chunk_uris").EnumerateArray())
            {
                var (chunkName, chunkType, chunk) = Files[uri.GetString()!];
                Assert.Equal("json_import.json", chunkName);
                Assert.Equal("application/json", chunkType);
                foreach (JsonNode? item in JsonNode.Parse(chunk)!.AsArray())
                {
                    items++;
                    Import((JsonObject)item!, task);
                }
            }
        }

        Assert.Equal(items, manifest.GetProperty("item_count").GetInt32());
        Tasks[task.Id] = task;
        return new JsonObject { ["upsertDataRows"] = TaskJson(task, "IN_PROGRESS", 0) };
    }

    private void Import(JsonObject item, FakeTask task)
    {
        UpsertedItems.Add(item);
        string keyType = item["id"]!["type"]!.GetValue<string>();
        Assert.Contains(keyType, new[] { "AUTO", "GKEY" });
        JsonObject payload = item["payload"]!.AsObject();
        Assert.True(Datasets.ContainsKey(payload["dataset_id"]!.GetValue<string>()), "dataset_id names a dataset");
        string rowData = payload["row_data"]!.GetValue<string>();
        string? key = payload["global_key"]?.GetValue<string>();
        string? externalId = payload["external_id"]?.GetValue<string>();
        if (key != null && keyType == "AUTO" && !ExistingGlobalKeys.Add(key))
        {
            task.Failures.Add(new JsonObject
            {
                ["message"] = "Duplicate global key: '" + key + "'",
                ["spec"] = new JsonObject { ["externalId"] = externalId, ["globalKey"] = key, ["rowData"] = rowData, ["metadata"] = new JsonArray(), ["attachments"] = new JsonArray() },
            });
            return;
        }

        if (key != null)
        {
            ExistingGlobalKeys.Add(key);
        }

        task.Imported.Add(new JsonObject { ["id"] = "dr-" + UpsertedItems.Count, ["externalId"] = externalId, ["globalKey"] = key, ["rowData"] = rowData });
    }

    private JsonObject GetTask(JsonElement v)
    {
        Assert.Equal(UserId, Str(v, "param_1"));
        FakeTask task = Tasks[Str(v, "param_0")];
        bool done = task.PollsLeft-- <= 0;
        string status = done ? FinalStatus.Status : "IN_PROGRESS";
        double percent = done ? 100 : Math.Min(99, task.PollsAnswered++ * ProgressPerPoll);
        JsonObject json = TaskJson(task, status, percent);
        json["errors"] = done && FinalStatus.Errors is { } errors ? JsonNode.Parse(errors) : null;
        return new JsonObject { ["user"] = new JsonObject { ["createdTasks"] = new JsonArray(json) } };
    }

    private JsonObject ListTasks(JsonElement v)
    {
        Assert.Equal(UserId, Str(v, "param_1"));
        IEnumerable<FakeTask> page = Tasks.Values.Skip(v.GetProperty("skip").GetInt32()).Take(100);
        return new JsonObject { ["user"] = new JsonObject { ["createdTasks"] = new JsonArray(page.Select(t => (JsonNode)TaskJson(t, "COMPLETE", 100)).ToArray()) } };
    }

    private JsonObject Page(JsonElement v, string field, string items, Func<FakeTask, List<JsonObject>> list)
    {
        FakeTask task = Tasks[Str(v, "taskId")];
        int first = v.GetProperty("first").GetInt32();
        Assert.Equal(5000, first);
        int from = v.GetProperty("from").ValueKind == JsonValueKind.Null ? 0 : int.Parse(v.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        List<JsonObject> all = list(task);
        int pageSize = PageSizeOverride ?? first;
        var page = new JsonArray(all.Skip(from).Take(pageSize).Select(n => (JsonNode)n.DeepClone()).ToArray());
        int next = from + pageSize;
        return new JsonObject { [field] = new JsonObject { [items] = page, ["after"] = next < all.Count ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, ["total"] = all.Count } };
    }

    /// <summary>Serve smaller pages than asked for, to exercise paging.</summary>
    public int? PageSizeOverride { get; set; }

    private static JsonObject TaskJson(FakeTask task, string status, double percent) => new()
    {
        ["id"] = task.Id, ["status"] = status, ["completionPercentage"] = percent, ["type"] = "adv-upsert-data-rows",
        ["errors"] = null, ["result"] = null, ["name"] = "upsert", ["createdAt"] = "2026-01-01T00:00:00Z", ["updatedAt"] = "2026-01-01T00:00:00Z", ["metadata"] = null,
    };

    private static string Str(JsonElement v, string name) => v.GetProperty(name).GetString()!;

    internal sealed class FakeTask
    {
        public FakeTask(string id, int polls)
        {
            Id = id;
            PollsLeft = polls;
        }

        public string Id { get; }

        public int PollsLeft { get; set; }

        public int PollsAnswered { get; set; }

        public List<JsonObject> Failures { get; } = new();

        public List<JsonObject> Imported { get; } = new();
    }
}
