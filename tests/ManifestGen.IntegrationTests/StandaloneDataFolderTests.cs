using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// The standalone sandbox with <c>--data DIR</c>, killed with SIGKILL while it imports, then started again on the
/// folder: every task it had reported COMPLETE is COMPLETE with all its rows, and none is left IN_PROGRESS; the task
/// it was running is FAILED, saying why, and lists as succeeded exactly the rows it had stored.
/// </summary>
[Collection(RepositoryRuns.Name)]
public sealed class StandaloneDataFolderTests : IDisposable
{
    private const string Key = "kill-test";
    private const int RowsPerTask = 20_000;
    private const string CreateDataset = "mutation CreateDatasetPyApi($name: String!, $description: String!){createDataset(data: {name: $name description: $description}) {id}}";
    private const string UploadQuery = "mutation UploadFile($file: Upload!, $contentLength: Int!, $sign: Boolean) { uploadFile(file: $file, contentLength: $contentLength, sign: $sign) {url filename} }";
    private const string UpsertQuery = "mutation UpsertDataRowsPyApi($manifestUri: String!) { upsertDataRows(data: { manifestUri: $manifestUri }) { id status } }";
    private const string TasksQuery = "query GetUserCreatedTasksPyApi{user{createdTasks(skip: 0 first: 1000){id status completionPercentage errors}}}";
    private const string DatasetQuery = "query GetDatasetPyApi($id: ID!){dataset(where: {id: $id}){rowCount}}";
    private const string SucceededQuery = "query SuccessesfulDataRowImportsPyApi($taskId: ID!){ successesfulDataRowImports(data: { taskId: $taskId, first: 1}) { total } }";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "lbx-sandbox-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Killed_mid_import_it_keeps_every_row_of_a_task_it_reported_complete_and_leaves_none_in_progress()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var datasetOfTask = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenComplete = new HashSet<string>(StringComparer.Ordinal);
        string? running = null;
        (StandaloneSandbox sandbox, string listening) = await StandaloneSandbox.StartAsync(build: true, "--data", folder, "--Sandbox:ApiKey=" + Key);
        await using (sandbox)
        {
            Assert.EndsWith(", state in " + folder, listening, StringComparison.Ordinal);

            // A task a dataset, one after another, each polled until it is COMPLETE, or partly done: then kill.
            var clock = Stopwatch.StartNew();
            for (int n = 0; running is null && clock.Elapsed < TimeSpan.FromMinutes(3); n++)
            {
                string dataset = (string)(await ExecuteAsync(sandbox, http, CreateDataset, new { name = "kill-" + n, description = "" }))["createDataset"]!["id"]!;
                string task = await StartImportAsync(sandbox, http, dataset, n);
                datasetOfTask[task] = dataset;
                while (clock.Elapsed < TimeSpan.FromMinutes(3))
                {
                    JsonNode status = (await StatusesAsync(sandbox, http))[task];
                    if ((string)status["status"]! == "COMPLETE")
                    {
                        seenComplete.Add(task);
                        break;
                    }

                    if (seenComplete.Count > 0 && (double)status["completionPercentage"]! > 0)
                    {
                        running = task;
                        break;
                    }
                }
            }

            await sandbox.KillAsync();
            Assert.NotNull(running);
        }

        (StandaloneSandbox restarted, _) = await StandaloneSandbox.StartAsync(build: false, "--data", folder, "--Sandbox:ApiKey=" + Key);
        await using (restarted)
        {
            JsonArray tasks = (await ExecuteAsync(restarted, http, TasksQuery, null))["user"]!["createdTasks"]!.AsArray();
            Assert.Equal(datasetOfTask.Keys.Order(), tasks.Select(t => (string)t!["id"]!).Order());
            foreach (JsonNode? task in tasks)
            {
                string id = (string)task!["id"]!;
                string status = (string)task["status"]!;
                int rowCount = (int)(await ExecuteAsync(restarted, http, DatasetQuery, new { id = datasetOfTask[id] }))["dataset"]!["rowCount"]!;
                int succeeded = (int)(await ExecuteAsync(restarted, http, SucceededQuery, new { taskId = id }))["successesfulDataRowImports"]!["total"]!;
                Assert.NotEqual("IN_PROGRESS", status);
                if (seenComplete.Contains(id) || status == "COMPLETE")
                {
                    Assert.Equal(("COMPLETE", RowsPerTask, RowsPerTask), (status, rowCount, succeeded));
                }
                else
                {
                    // Killed while running: FAILED, saying so, with the rows it had stored listed as its successes.
                    Assert.Equal("FAILED", status);
                    Assert.StartsWith("The sandbox stopped before the task finished (it was killed or crashed)", (string)task["errors"]!, StringComparison.Ordinal);
                    Assert.Equal(rowCount, succeeded);
                }
            }
        }
    }

    [Fact]
    public async Task A_folder_that_is_not_a_sandbox_s_is_refused_at_start_with_exit_code_2()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "mine");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => StandaloneSandbox.StartAsync(build: true, "--data", folder));
        Assert.Contains("The sandbox data folder '" + folder + "' cannot be used: it holds other files and no sandbox.db", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("No line 'Labelbox sandbox listening…' from the process (it ended with exit code 2)", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<string> StartImportAsync(StandaloneSandbox sandbox, HttpClient http, string dataset, int n)
    {
        var rows = new StringBuilder("[");
        for (int i = 0; i < RowsPerTask; i++)
        {
            rows.Append(i == 0 ? string.Empty : ",").Append(JsonSerializer.Serialize(new
            {
                id = new { type = "AUTO", value = "" },
                payload = new
                {
                    dataset_id = dataset,
                    row_data = "https://example.com/" + n + "/" + i + ".jpg",
                    global_key = "kill-" + n + "-" + i,
                    metadata_fields = new[] { new { schemaId = "cko8s9r5v0001h2dk9elqdidh", value = "tag " + i } },
                    attachments = new[] { new { type = "RAW_TEXT", value = "note " + i } },
                },
            }));
        }

        string chunk = await UploadAsync(sandbox, http, Encoding.UTF8.GetBytes(rows.Append(']').ToString()), "chunk.json");
        string manifest = await UploadAsync(sandbox, http, JsonSerializer.SerializeToUtf8Bytes(new { source = "SDK", item_count = RowsPerTask, chunk_uris = new[] { chunk } }), "manifest.json");
        return (string)(await ExecuteAsync(sandbox, http, UpsertQuery, new { manifestUri = manifest }))["upsertDataRows"]!["id"]!;
    }

    private static async Task<Dictionary<string, JsonNode>> StatusesAsync(StandaloneSandbox sandbox, HttpClient http) =>
        (await ExecuteAsync(sandbox, http, TasksQuery, null))["user"]!["createdTasks"]!.AsArray()
            .ToDictionary(t => (string)t!["id"]!, t => t!, StringComparer.Ordinal);

    private static async Task<JsonNode> ExecuteAsync(StandaloneSandbox sandbox, HttpClient http, string query, object? variables)
    {
        (HttpStatusCode status, JsonNode body) = await sandbox.PostAsync(http, Key, query, variables);
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, status + " " + body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>A GraphQL multipart upload, as the SDK's upload_data sends it.</summary>
    private static async Task<string> UploadAsync(StandaloneSandbox sandbox, HttpClient http, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        string operations = JsonSerializer.Serialize(new { variables = new { file = (object?)null, contentLength = content.Length, sign = false }, query = UploadQuery });
        form.Add(new StringContent(operations) { Headers = { ContentType = null } }, "operations");
        form.Add(new StringContent("{\"1\": [\"variables.file\"]}") { Headers = { ContentType = null } }, "map");
        var file = new ByteArrayContent(content);
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"1\"; filename=\"" + fileName + "\"");
        file.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        form.Add(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, sandbox.Endpoint) { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        using HttpResponseMessage response = await http.SendAsync(request);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && body["errors"] is null, body.ToJsonString());
        return (string)body["data"]!["uploadFile"]!["url"]!;
    }
}
