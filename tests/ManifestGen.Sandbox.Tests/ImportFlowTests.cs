using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>create dataset → upload chunk → upload manifest → upsertDataRows → poll → failed and successful rows.</summary>
public sealed class ImportFlowTests
{
    private const string Tag = "cko8s9r5v0001h2dk9elqdidh";
    private const string Split = "cko8sbczn0002h2dkdaxb5kal";
    private const string Train = "cko8sbscr0003h2dk04w86hof";
    private const string Capture = "cko8sdzv70006h2dk8jg64zvb";

    private static JsonArray MetadataFields(params (string SchemaId, JsonNode Value)[] entries) =>
        new(entries.Select(e => (JsonNode)new JsonObject { ["schemaId"] = e.SchemaId, ["value"] = e.Value }).ToArray());

    [Fact]
    public async Task Full_import_reports_each_failure_with_the_service_message_and_pages_them()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        var items = new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/a.jpg", "gk-1", extra: p =>
            {
                p["external_id"] = "a.jpg";
                p["media_type"] = "IMAGE";
                p["attachments"] = new JsonArray { new JsonObject { ["type"] = "RAW_TEXT", ["value"] = "note", ["name"] = "att1" } };
                p["metadata_fields"] = MetadataFields((Tag, "tag text"), (Split, new JsonObject()), (Train, new JsonObject()), (Capture, "2011-11-04T00:05:23Z"));
            }),
            SdkClient.Item(dataset, "https://example.com/b.jpg", "GK-1"),
            SdkClient.Item(dataset, "s3://bucket/c.jpg", "gk-3"),
            SdkClient.Item(dataset, null, "gk-4", extra: p => p["external_id"] = "no-data"),
            SdkClient.Item(dataset, "https://example.com/e.jpg", "gk-5", extra: p => p["metadata_fields"] = MetadataFields(("cnope00000000000000000000", "x"))),
            SdkClient.Item(dataset, "https://example.com/f.jpg", "gk-6", extra: p => p["metadata_fields"] = MetadataFields((Tag, "a"), (Tag, "b"))),
            SdkClient.Item(dataset, "https://example.com/g.jpg", "gk-7", extra: p => p["metadata"] = new JsonArray
            {
                new JsonObject { ["name"] = "tag", ["value"] = "by name" },
                new JsonObject { ["name"] = "split", ["value"] = "train" },
            }),
            SdkClient.Item(dataset, "http://example.com/h.jpg", "gk-8"),
        };

        JsonNode started = await client.StartImportAsync(items);
        Assert.Equal("adv-upsert-data-rows", (string)started["type"]!);
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);
        Assert.Equal("COMPLETE", (string)task["status"]!);

        var failed = await client.FailedRowsAsync((string)task["id"]!, first: 2);
        Assert.Equal(
            new[]
            {
                "Duplicate global key: 'GK-1'",
                "row_data: s3 assets must start with 'https'.",
                "row_data is missing",
                "Schema Id `cnope00000000000000000000` not found in ontology",
                "A schemaId can only be specified once per DataRow : [" + Tag + "]",
                "row_data: assets must start with 'https'. Found 'http://example.com/h.jpg'",
            },
            failed.Select(f => (string)f["message"]!));
        JsonNode spec = failed[4]["spec"]!;
        Assert.Equal("gk-6", (string)spec["globalKey"]!);
        Assert.Equal(2, spec["metadata"]!.AsArray().Count);
        Assert.Equal("no-data", (string)failed[2]["spec"]!["externalId"]!);

        var succeeded = await client.SucceededRowsAsync((string)task["id"]!, first: 1);
        Assert.Equal(new[] { "gk-1", "gk-7" }, succeeded.Select(r => (string)r["globalKey"]!));
        Assert.Equal(2, sandbox.State.RowCount(dataset));

        JsonNode row = (await client.ExecuteAsync(
            "query GetDataRowPyApi($param_0: ID!){dataRow(where: {id: $param_0}){createdAt externalId globalKey mediaAttributes customMetadata { schemaId value } metadataFields { schemaId name value kind } rowData id updatedAt}}",
            new { param_0 = (string)succeeded[0]["id"]! }))["dataRow"]!;
        Assert.Equal("a.jpg", (string)row["externalId"]!);
        Assert.Equal(
            new[] { (Tag, "tag text"), (Split, Train), (Capture, "2011-11-04T00:05:23Z") },
            row["metadataFields"]!.AsArray().Select(m => ((string)m!["schemaId"]!, (string)m["value"]!)));
        Assert.Equal("CustomMetadataEnum", (string)row["metadataFields"]![1]!["kind"]!);

        SandboxDataRow byName = sandbox.State.FindByGlobalKey("GK-7")!;
        Assert.Equal(new object[] { "by name", Train }, byName.Metadata.Select(m => m.Value));
    }

    [Fact]
    public async Task Duplicate_key_across_tasks_fails_and_a_GKEY_upsert_updates_the_row()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        JsonNode first = await client.ImportAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/a.jpg", "gk-a") });
        Assert.Empty(await client.FailedRowsAsync((string)first["id"]!));
        string id = sandbox.State.FindByGlobalKey("gk-a")!.Id;

        JsonNode second = await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/again.jpg", "Gk-A"),
            SdkClient.Item(dataset, null, keyType: "GKEY", keyValue: "gk-a", extra: p => p["external_id"] = "renamed"),
            SdkClient.Item(dataset, "https://example.com/new.jpg", keyType: "GKEY", keyValue: "gk-new"),
        });
        Assert.Equal("Duplicate global key: 'Gk-A'", (string)(await client.FailedRowsAsync((string)second["id"]!)).Single()["message"]!);
        SandboxDataRow updated = sandbox.State.FindByGlobalKey("gk-a")!;
        Assert.Equal(id, updated.Id);
        Assert.Equal("renamed", updated.ExternalId);
        Assert.Equal("https://example.com/a.jpg", updated.RowData);
        Assert.NotNull(sandbox.State.FindByGlobalKey("gk-new"));
        Assert.Equal(2, sandbox.State.RowsStored);
        Assert.Equal(1, sandbox.State.RowsUpdated);

        JsonNode job = await client.ExecuteAsync(
            "query getDataRowsForGlobalKeysPyApi($globalKeys: [ID!]!) { dataRowsForGlobalKeys(where: {ids: $globalKeys}) { jobId}}",
            new { globalKeys = new[] { "gk-a", "missing" } });
        JsonNode result = (await client.ExecuteAsync(
            "query getDataRowsForGlobalKeysResultPyApi($jobId: ID!) { dataRowsForGlobalKeysResult(jobId: {id: $jobId}) { data { fetchedDataRows { id } notFoundGlobalKeys accessDeniedGlobalKeys } jobStatus}}",
            new { jobId = (string)job["dataRowsForGlobalKeys"]!["jobId"]! }))["dataRowsForGlobalKeysResult"]!;
        Assert.Equal("COMPLETE", (string)result["jobStatus"]!);
        Assert.Equal(new[] { id, "" }, result["data"]!["fetchedDataRows"]!.AsArray().Select(r => (string)r!["id"]!));
        Assert.Equal("missing", (string)result["data"]!["notFoundGlobalKeys"]![0]!);

        JsonNode rows = (await client.ExecuteAsync(
            "query DatasetDataRowsPyApi($id: ID!, $from: ID) { datasetDataRows(id: $id, from: $from, first: 1) { nodes { id globalKey } pageInfo { hasNextPage startCursor } } }",
            new { id = dataset, from = (string?)null }))["datasetDataRows"]!;
        Assert.Single(rows["nodes"]!.AsArray());
        Assert.True((bool)rows["pageInfo"]!["hasNextPage"]!);
    }

    /// <summary>A chunk is read as it is uploaded, and that read goes to the first task that names it: a second task reads it anew.</summary>
    [Fact]
    public async Task A_chunk_named_by_two_tasks_is_read_for_each()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();
        string chunk = await client.UploadChunkAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/a.jpg", "gk-a"),
            SdkClient.Item(dataset, "http://example.com/b.jpg", "gk-b"),
        });

        var failures = new List<string[]>();
        foreach (int _ in new[] { 1, 2 })
        {
            string manifest = await client.UploadManifestAsync(2, chunk);
            JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = manifest }))["upsertDataRows"]!;
            JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);
            Assert.Equal("COMPLETE", (string)task["status"]!);
            failures.Add((await client.FailedRowsAsync((string)task["id"]!)).Select(f => (string)f!["message"]!).ToArray());
        }

        Assert.Equal(["row_data: assets must start with 'https'. Found 'http://example.com/b.jpg'"], failures[0]);
        Assert.Equal(["Duplicate global key: 'gk-a'", "row_data: assets must start with 'https'. Found 'http://example.com/b.jpg'"], failures[1]);
        Assert.Equal(1, sandbox.State.RowsStored);
    }

    [Fact]
    public async Task Rows_over_several_chunks_fail_in_order_and_fields_are_read_as_written()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        // Escaped names, a repeated field (the last one counts) and an unknown field, written as raw JSON.
        string raw = "[{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row\\u005fdata\":\"https://example.com/escaped.jpg\","
            + "\"global_key\":\"first\",\"global_key\":\"gk-escaped\",\"dataset_id\":\"" + dataset + "\"}},"
            + "{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row_data\":\"https://example.com/x.jpg\",\"colour\":1,\"size\":2,\"dataset_id\":\"" + dataset + "\"}}]";
        string first = await client.UploadAsync(Encoding.UTF8.GetBytes(raw), "json_import.json", "application/json");
        string second = await client.UploadChunkAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/a.jpg", "gk-a", extra: p => p["metadata_fields"] = "tag"),
            SdkClient.Item(dataset, "https://example.com/b.jpg", "gk-b", keyType: "NAME", keyValue: "b"),
            SdkClient.Item(dataset, "https://example.com/c.jpg", "gk-c", extra: p => p["attachments"] = new JsonArray { new JsonObject { ["type"] = "SOUND", ["value"] = "x" } }),
            SdkClient.Item(dataset, "https://example.com/d.jpg", "gk-escaped"),
        });
        string third = await client.UploadChunkAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/e.jpg", "gk-e", extra: p => p["dataset_id"] = 7),
            SdkClient.Item(dataset, "https://example.com/f.jpg", "gk-f", extra: p => p["metadata_fields"] = new JsonArray { new JsonObject { ["schemaId"] = Tag, ["name"] = "tag" } }),
            SdkClient.Item(dataset, "https://example.com/g.jpg", "gk-g", extra: p => p["media_type"] = "SOUND"),
        });

        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(9, first, second, third) }))["upsertDataRows"]!;
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

        Assert.Equal("COMPLETE", (string)task["status"]!);
        Assert.Equal(
            new[]
            {
                "Field(s) 'colour', 'size' not valid on DB type 'DataRow'",
                "metadata_fields must be a list",
                "Invalid key type 'NAME'; expected AUTO, GKEY or ID",
                "attachment_type must be one of {VIDEO, IMAGE, IMAGE_OVERLAY, HTML, RAW_TEXT, TEXT_URL, PDF_URL, CAMERA_IMAGE}. Found SOUND",
                "Duplicate global key: 'gk-escaped'",
                "dataset_id must be a string",
                "Custom metadata field 'tag' must have a 'value' key",
                "Found invalid media type: 'SOUND'",
            },
            (await client.FailedRowsAsync((string)task["id"]!)).Select(f => (string)f["message"]!));
        Assert.Equal("https://example.com/escaped.jpg", sandbox.State.FindByGlobalKey("gk-escaped")!.RowData);
        Assert.Null(sandbox.State.FindByGlobalKey("first"));
        Assert.Equal(1, sandbox.State.RowsStored);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Row_data_and_attachment_values_read_back_as_sent_escaped_or_not(bool dataFolder)
    {
        string? folder = dataFolder ? Path.Combine(Path.GetTempPath(), "lbx-sandbox-" + Guid.NewGuid().ToString("N")) : null;
        try
        {
            await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder });
            using var client = new SdkClient(sandbox);
            string dataset = await client.CreateDatasetAsync();
            string longUrl = "https://example.com/" + new string('a', 600) + ".jpg";

            // Raw bytes: UTF-8 as sent, JSON escapes, longer than the checks' buffer on the stack, a row_data refused.
            byte[] Row(string key, string rowData, string attachment) => Encoding.UTF8.GetBytes("{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row_data\":\""
                + rowData + "\",\"global_key\":\"" + key + "\",\"dataset_id\":\"" + dataset + "\",\"attachments\":[{\"type\":\"RAW_TEXT\",\"value\":\"" + attachment + "\"}]}}");
            byte[][] rows =
            [
                Row("utf8", "https://example.com/\u00e9t\u00e9.jpg", "caf\u00e9 \u2603"),
                Row("escaped", "https:\\/\\/example.com\\/esc\\u00e9.jpg", "line\\nbreak \\\"quoted\\\""),
                Row("long", longUrl, longUrl),
                Row("http", "http://example.com/\u00e9.jpg", "x"),
            ];
            byte[] chunkBytes = [.. Encoding.UTF8.GetBytes("["), .. rows.SelectMany((r, i) => i == 0 ? r : [(byte)',', .. r]), .. Encoding.UTF8.GetBytes("]")];
            string chunk = await client.UploadAsync(chunkBytes, "json_import.json", "application/json");

            JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(4, chunk) }))["upsertDataRows"]!;
            JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

            Assert.Equal("COMPLETE", (string)task["status"]!);
            Assert.Equal(
                new[]
                {
                    "row_data: assets must start with 'https'. Found 'http://example.com/\u00e9.jpg'",
                },
                (await client.FailedRowsAsync((string)task["id"]!)).Select(f => (string)f["message"]!));
            Assert.Equal(
                new[]
                {
                    ("utf8", "https://example.com/\u00e9t\u00e9.jpg", "caf\u00e9 \u2603"),
                    ("escaped", "https://example.com/esc\u00e9.jpg", "line\nbreak \"quoted\""),
                    ("long", longUrl, longUrl),
                },
                sandbox.State.DataRows.Select(r => (r.GlobalKey!, r.RowData, r.Attachments.Single().Value)));
            Assert.Equal("caf\u00e9 \u2603", (string)(await client.ExecuteAsync(
                "query GetDataRowPyApi($param_0: ID!){dataRow(where: {id: $param_0}){attachments { type value name } rowData}}",
                new { param_0 = sandbox.State.FindByGlobalKey("utf8")!.Id }))["dataRow"]!["attachments"]![0]!["value"]!);
        }
        finally
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Rows_that_repeat_metadata_values_read_back_their_own_and_cannot_change_each_other()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        // Raw bytes: the same tag again, another tag, the same tag escaped, bytes that are not UTF-8, the tag without the split.
        byte[] Row(string key, string tag, bool split = true) => Encoding.UTF8.GetBytes("{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row_data\":\"https://example.com/"
            + key + ".jpg\",\"global_key\":\"" + key + "\",\"dataset_id\":\"" + dataset + "\",\"metadata_fields\":[{\"schemaId\":\"" + Tag + "\",\"value\":\"" + tag + "\"}"
            + (split ? ",{\"schemaId\":\"" + Split + "\",\"value\":\"" + Train + "\"}" : string.Empty) + "]}}");
        byte[] notUtf8 = Row("broken", "batch-\\u0001");
        int marker = System.Array.IndexOf(notUtf8, (byte)'\\'); // the \u0001 put there, replaced by the byte
        byte[][] rows = [Row("first", "batch-1"), Row("again", "batch-1"), Row("other", "batch-2"), Row("escaped", "batch\\u002d1"),
            [.. notUtf8[..marker], 0xFF, .. notUtf8[(marker + 6)..]], Row("no-split", "batch-1", split: false)];
        byte[] chunkBytes = [(byte)'[', .. rows.SelectMany((r, i) => i == 0 ? r : [(byte)',', .. r]), (byte)']'];
        string chunk = await client.UploadAsync(chunkBytes, "json_import.json", "application/json");

        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(rows.Length, chunk) }))["upsertDataRows"]!;
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

        Assert.Equal("COMPLETE", (string)task["status"]!);
        Assert.StartsWith("Malformed item: ", (string)Assert.Single(await client.FailedRowsAsync((string)task["id"]!))!["message"]!, System.StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                ("first", "batch-1", Train),
                ("again", "batch-1", Train),
                ("other", "batch-2", Train),
                ("escaped", "batch-1", Train),
                ("no-split", "batch-1", string.Empty),
            },
            new[] { "first", "again", "other", "escaped", "no-split" }.Select(key =>
            {
                IReadOnlyList<SandboxMetadataValue> metadata = sandbox.State.FindByGlobalKey(key)!.Metadata;
                return (key, (string)metadata[0].Value, metadata.Count > 1 ? (string)metadata[1].Value : string.Empty);
            }));

        // Rows with the same values may share one list: it cannot be changed through a cast.
        IReadOnlyList<SandboxMetadataValue> again = sandbox.State.FindByGlobalKey("again")!.Metadata;
        Assert.Throws<NotSupportedException>(() => ((IList<SandboxMetadataValue>)again)[0] = again[1]);
        Assert.Equal("batch-1", (string)sandbox.State.FindByGlobalKey("first")!.Metadata[0].Value);
    }

    [Fact]
    public async Task A_string_that_cannot_be_read_as_text_fails_its_row_not_the_task()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        // Valid JSON, but "\ud800" is a lone surrogate: no .NET string can hold it.
        string Row(string key) => "{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row_data\":\"https://example.com/a.jpg\",\"global_key\":\"" + key + "\",\"dataset_id\":\"" + dataset + "\"}}";
        string chunk = await client.UploadAsync(Encoding.UTF8.GetBytes("[" + Row("before") + "," + Row("bad\\ud800") + "," + Row("after") + "]"), "json_import.json", "application/json");

        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(3, chunk) }))["upsertDataRows"]!;
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

        Assert.Equal("COMPLETE", (string)task["status"]!);
        JsonNode failure = Assert.Single(await client.FailedRowsAsync((string)task["id"]!))!;
        Assert.Equal("Malformed item: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate.", (string)failure["message"]!);
        Assert.Equal("bad\\ud800", (string)failure["spec"]!["globalKey"]!);
        Assert.NotNull(sandbox.State.FindByGlobalKey("before"));
        Assert.NotNull(sandbox.State.FindByGlobalKey("after"));
        Assert.Equal(2, sandbox.State.RowsStored);
    }

    [Theory]
    [InlineData("row_data")]
    [InlineData("global_key")]
    public async Task Bytes_that_are_not_UTF8_fail_their_row_not_the_task(string field)
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        // Not JSON at all by RFC 8259 (which is UTF-8): a byte 0xFF inside a string.
        byte[] Row(string key, bool broken)
        {
            string rowData = field == "row_data" && broken ? "https://example.com/a\\u0001.jpg" : "https://example.com/" + key + ".jpg";
            string globalKey = field == "global_key" && broken ? key + "\\u0001" : key;
            byte[] row = Encoding.UTF8.GetBytes("{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row_data\":\"" + rowData
                + "\",\"global_key\":\"" + globalKey + "\",\"dataset_id\":\"" + dataset + "\"}}");
            if (!broken)
            {
                return row;
            }

            int marker = System.Array.IndexOf(row, (byte)'\\'); // the \u0001 put there, replaced by the byte
            return [.. row[..marker], 0xFF, .. row[(marker + 6)..]];
        }

        byte[] chunkBytes = [(byte)'[', .. Row("before", false), (byte)',', .. Row("bad", true), (byte)',', .. Row("after", false), (byte)']'];
        string chunk = await client.UploadAsync(chunkBytes, "json_import.json", "application/json");

        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(3, chunk) }))["upsertDataRows"]!;
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

        Assert.Equal("COMPLETE", (string)task["status"]!);
        JsonNode failure = Assert.Single(await client.FailedRowsAsync((string)task["id"]!))!;
        Assert.StartsWith("Malformed item: ", (string)failure["message"]!, System.StringComparison.Ordinal);
        Assert.Equal(field == "global_key" ? "bad\uFFFD" : "bad", (string)failure["spec"]!["globalKey"]!);
        Assert.Equal(field == "row_data" ? "https://example.com/a\uFFFD.jpg" : "https://example.com/bad.jpg", (string)failure["spec"]!["rowData"]!);
        Assert.NotNull(sandbox.State.FindByGlobalKey("before"));
        Assert.NotNull(sandbox.State.FindByGlobalKey("after"));
        Assert.Equal(2, sandbox.State.RowsStored);
    }

    [Fact]
    public async Task Stopping_the_sandbox_stops_a_running_task_at_once()
    {
        // The task waits ten minutes before it reads its manifest, so that it is surely still running when the sandbox
        // stops: 60,000 rows alone were not enough, as the chunks are read while they are uploaded and the task then
        // stored its rows in about a tenth of a second, sometimes before the stop.
        LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { TaskStartDelay = System.TimeSpan.FromMinutes(10) });
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();
        var chunks = new string[3];
        for (int c = 0; c < chunks.Length; c++)
        {
            chunks[c] = await client.UploadChunkAsync(new JsonArray(Enumerable.Range(0, 20_000)
                .Select(i => (JsonNode)SdkClient.Item(dataset, "https://example.com/" + c + "-" + i + ".jpg", "gk-" + c + "-" + i)).ToArray()));
        }

        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(60_000, chunks) }))["upsertDataRows"]!;
        // The host's stopping cancels the task before the server drains, instead of waiting for it.
        Task stopping = sandbox.DisposeAsync().AsTask();

        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(System.TimeSpan.FromSeconds(30))));
        await stopping;
        SandboxTask task = sandbox.State.Tasks.Single(t => t.Id == (string)started["id"]!);
        Assert.Equal("FAILED", task.Status);
        Assert.Equal("The sandbox stopped before the task finished", task.Errors);
        Assert.Equal(0, sandbox.State.RowsStored);
    }

    [Fact]
    public async Task A_task_over_150000_rows_or_with_an_unreadable_manifest_fails()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();
        string chunk = await client.UploadChunkAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/a.jpg") });

        async Task<JsonNode> Run(string manifestUri)
        {
            JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri }))["upsertDataRows"]!;
            return await client.WaitForTaskAsync((string)started["id"]!);
        }

        JsonNode tooMany = await Run(await client.UploadManifestAsync(150_001, chunk));
        Assert.Equal("FAILED", (string)tooMany["status"]!);
        Assert.Contains("150001 is over the limit of 150000 data rows per upload task", (string)tooMany["errors"]!, System.StringComparison.Ordinal);

        JsonNode notJson = await Run(await client.UploadAsync(Encoding.UTF8.GetBytes("not json {"), "manifest.json", "application/json"));
        Assert.Equal("FAILED", (string)notJson["status"]!);
        Assert.Contains("is not valid JSON", (string)notJson["errors"]!, System.StringComparison.Ordinal);

        JsonNode foreignChunk = await Run(await client.UploadManifestAsync(1, "https://storage.example.com/json_import.json"));
        Assert.Equal("FAILED", (string)foreignChunk["status"]!);
        Assert.Contains("not a file uploaded to this sandbox", (string)foreignChunk["errors"]!, System.StringComparison.Ordinal);

        // A lone surrogate escape is valid JSON but no text: the URL is named as sent, not an internal error.
        JsonNode loneSurrogate = await Run(await client.UploadAsync(
            Encoding.UTF8.GetBytes("{\"source\": \"SDK\", \"item_count\": 1, \"chunk_uris\": [\"https://storage.example.com/\\ud800.json\"]}"), "manifest.json", "application/json"));
        Assert.Equal("FAILED", (string)loneSurrogate["status"]!);
        Assert.Equal("Could not read the chunk 'https://storage.example.com/\\ud800.json': it is not a file uploaded to this sandbox", (string)loneSurrogate["errors"]!);

        JsonNode foreignManifest = await Run("https://storage.example.com/manifest.json");
        Assert.Equal("FAILED", (string)foreignManifest["status"]!);

        JsonNode chunkNotArray = await Run(await client.UploadManifestAsync(1, await client.UploadManifestAsync(1, chunk)));
        Assert.Contains("is not a JSON array", (string)chunkNotArray["errors"]!, System.StringComparison.Ordinal);

        Assert.Equal(0, sandbox.State.RowsStored);
        Assert.Equal(6, sandbox.State.Tasks.Count(t => t.Status == SandboxTaskStatus.Failed));
    }

    [Fact]
    public async Task A_task_stays_IN_PROGRESS_until_processed()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { TaskStartDelay = System.TimeSpan.FromMilliseconds(300) });
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();

        JsonNode started = await client.StartImportAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/a.jpg") });
        Assert.Equal("IN_PROGRESS", (string)started["status"]!);
        Assert.Equal("COMPLETE", (string)(await client.WaitForTaskAsync((string)started["id"]!))["status"]!);
        Assert.Equal(1, sandbox.State.RowCount(dataset));
    }
}
