using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace ManifestGen.Sandbox.Tests;

/// <summary>
/// State under a data folder (SandboxOptions.DataDirectory): a sandbox started again on the folder serves what the
/// last one held, also when that one was killed mid-task; a folder it cannot read is refused at start.
/// </summary>
public sealed class DataFolderTests : IDisposable
{
    private const string Tag = "cko8s9r5v0001h2dk9elqdidh";
    private const string OntologyQuery = "query GetMetadataOntologyBetaPyApi { customMetadataOntology { id name kind reserved options { id kind name reserved } } }";
    private const string RowQuery = "query GetDataRowPyApi($param_0: ID!){dataRow(where: {id: $param_0}){createdAt externalId globalKey mediaAttributes metadataFields { schemaId name value kind } attachments { type value name } rowData id updatedAt}}";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "lbx-sandbox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_sandbox_started_again_on_its_folder_serves_the_same_state()
    {
        string dataset;
        string large;
        string taskId;
        string fileUrl;
        string before;
        await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(sandbox);
            dataset = await client.CreateDatasetAsync();
            large = await client.CreateDatasetAsync("large");
            string score = await FieldIdAsync(client, "score");
            var items = new JsonArray
            {
                SdkClient.Item(dataset, "https://example.com/a.jpg", "gk-1", extra: p =>
                {
                    p["external_id"] = "a.jpg";
                    p["media_type"] = "IMAGE";
                    p["attachments"] = new JsonArray { new JsonObject { ["type"] = "RAW_TEXT", ["value"] = "note", ["name"] = "att1" } };
                    p["metadata_fields"] = new JsonArray
                    {
                        new JsonObject { ["schemaId"] = Tag, ["value"] = "tag text" },
                        new JsonObject { ["schemaId"] = score, ["value"] = 0.5 },
                        new JsonObject { ["name"] = "stage", ["value"] = "raw" },
                    };
                }),
                SdkClient.Item(dataset, "https://example.com/b.jpg", "GK-1", extra: p => p["metadata_fields"] = new JsonArray
                {
                    new JsonObject { ["schemaId"] = Tag, ["value"] = new JsonObject { ["nested"] = new JsonArray(1, "two", true) } },
                }),
                SdkClient.Item(dataset, "https://example.com/c.jpg", "gk-3"),
                SdkClient.Item(dataset, "https://example.com/e.jpg", "GK-3", extra: p => p["external_id"] = "e.jpg"),
                SdkClient.Item(dataset, "https://example.com/c2.jpg", keyType: "GKEY", keyValue: "gk-3"),
            };
            taskId = (string)(await client.ImportAsync(items))["id"]!;
            fileUrl = await client.UploadAsync(Encoding.UTF8.GetBytes("hello"), "a.txt", "text/plain");

            // Enough rows for commits made in the background as the import goes (every 1,024 rows).
            await client.ImportAsync(new JsonArray(Enumerable.Range(0, 2500).Select(i => (JsonNode)SdkClient.Item(large, "https://example.com/" + i + ".jpg")).ToArray()));
            before = await DescribeAsync(sandbox, client, taskId);
            Assert.Contains("Duplicate global key", before, StringComparison.Ordinal);
            Assert.Contains("\"nested\":[1,\"two\",true]", before, StringComparison.Ordinal);
        }

        await using (LabelboxSandbox again = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(again);
            Assert.Equal(before, await DescribeAsync(again, client, taskId));
            Assert.Equal((2, 2500), (again.State.RowCount(dataset), again.State.RowCount(large)));
            Assert.Equal("c2.jpg", again.State.FindByGlobalKey("GK-3")!.RowData.Split('/')[^1]);
            Assert.Equal("hello", await client.Http.GetStringAsync(new Uri(again.BaseAddress, new Uri(fileUrl).AbsolutePath)));

            // It goes on from there: a later import sees the rows of the earlier one.
            JsonNode task = await client.ImportAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/d.jpg", "GK-1") });
            Assert.Equal("Duplicate global key: 'GK-1'", (string)(await client.FailedRowsAsync((string)task["id"]!))[0]["message"]!);
        }
    }

    [Fact]
    public async Task A_task_running_when_the_sandbox_was_killed_ends_failed_at_the_next_start()
    {
        string copy = folder + "-killed";
        try
        {
            string taskId;
            await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder, TaskStartDelay = TimeSpan.FromMinutes(5) }))
            {
                using var client = new SdkClient(sandbox);
                string dataset = await client.CreateDatasetAsync();
                taskId = (string)(await client.StartImportAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/a.jpg") }))["id"]!;

                // What a kill leaves: the files as they are now, database log and all, without the close of a clean stop.
                CopyFolder(folder, copy);
            }

            await using LabelboxSandbox restarted = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = copy });
            SandboxTask task = Assert.Single(restarted.State.Tasks);
            Assert.Equal((taskId, SandboxTaskStatus.Failed), (task.Id, task.Status));
            Assert.StartsWith("The sandbox stopped before the task finished (it was killed or crashed)", task.Errors, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_folder_written_by_another_schema_version_is_refused_with_both_versions()
    {
        await (await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder })).DisposeAsync();
        using (var connection = new SqliteConnection("Data Source=" + Path.Combine(folder, "sandbox.db") + ";Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 7";
            command.ExecuteNonQuery();
        }

        var refused = await Assert.ThrowsAsync<SandboxDataException>(() => LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder }));
        Assert.Equal(folder, refused.Folder);
        Assert.Equal("The sandbox data folder '" + folder + "' cannot be used: it was written by another version of the sandbox:"
            + " its schema version is 7, this sandbox reads version 3.", refused.Message);
    }

    [Theory]
    [InlineData("UPDATE row_batches SET rows = substr(rows, 1, length(rows) - 3)")] // cut short
    [InlineData("UPDATE row_batches SET row_count = row_count + 1")] // more rows said than held
    [InlineData("UPDATE row_batches SET rows = rows || X'00'")] // a byte after the last row
    [InlineData("UPDATE row_batches SET rows = X'02FFFFFFFF07'")] // a length far beyond the record
    [InlineData("UPDATE row_batches SET rows = X'0103' || CAST('id' AS BLOB) || X'0104FFFEFD'")] // a text that is not UTF-8
    public async Task A_damaged_row_record_is_refused_at_start_naming_the_folder(string damage)
    {
        await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(sandbox);
            await client.ImportAsync(new JsonArray { SdkClient.Item(await client.CreateDatasetAsync(), "https://example.com/a.jpg", "a-1") });
        }

        using (var connection = new SqliteConnection("Data Source=" + Path.Combine(folder, "sandbox.db") + ";Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = damage;
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var refused = await Assert.ThrowsAsync<SandboxDataException>(() => LabelboxSandbox.StartAsync(Options()));
        Assert.Equal(folder, refused.Folder);
        Assert.StartsWith("The sandbox data folder '" + folder + "' cannot be used: sandbox.db is damaged (", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_another_sandbox_holds_is_refused_and_left_as_it_is_until_that_one_stops()
    {
        await using (LabelboxSandbox first = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(first);
            string dataset = await client.CreateDatasetAsync("held");
            var refused = await Assert.ThrowsAsync<SandboxDataException>(() => LabelboxSandbox.StartAsync(Options()));
            Assert.Equal("The sandbox data folder '" + folder + "' cannot be used: another sandbox is using it; stop that one, or give another folder.",
                refused.Message);

            // The refused start wrote nothing: the first one goes on writing, and its dataset is there after a restart.
            await client.CreateDatasetAsync("after");
            Assert.Equal(new[] { dataset }, first.State.Datasets.Take(1).Select(d => d.Id));
        }

        await using LabelboxSandbox next = await LabelboxSandbox.StartAsync(Options());
        Assert.Equal(new[] { "held", "after" }, next.State.Datasets.Select(d => d.Name));
    }

    [Fact]
    public async Task Files_uploaded_before_a_restart_on_another_port_still_import()
    {
        string dataset;
        string manifest;
        int firstPort;
        await using (LabelboxSandbox first = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(first);
            firstPort = first.BaseAddress.Port;
            dataset = await client.CreateDatasetAsync("later");
            string chunk = await client.UploadChunkAsync(new JsonArray { SdkClient.Item(dataset, "https://example.com/later.jpg", "later-1") });
            manifest = await client.UploadManifestAsync(1, chunk);
        }

        // On another port, the system's choice (firstPort + 1 could be a parallel test's): the stored URLs name the old one.
        LabelboxSandbox again = await LabelboxSandbox.StartAsync(Options());
        for (int tries = 0; again.BaseAddress.Port == firstPort && tries < 5; tries++)
        {
            await again.DisposeAsync();
            again = await LabelboxSandbox.StartAsync(Options());
        }

        await using LabelboxSandbox started = again;
        Assert.NotEqual(firstPort, again.BaseAddress.Port);
        using var next = new SdkClient(again);
        JsonNode task = await next.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = manifest });
        JsonNode done = await next.WaitForTaskAsync((string)task["upsertDataRows"]!["id"]!);
        Assert.Equal("COMPLETE", (string)done["status"]!);
        Assert.Equal(dataset, again.State.FindByGlobalKey("later-1")!.DatasetId);
    }

    [Fact]
    public async Task A_deleted_dataset_stays_deleted_when_the_sandbox_starts_again()
    {
        string kept;
        await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(sandbox);
            string doomed = await client.CreateDatasetAsync("doomed");
            kept = await client.CreateDatasetAsync("kept");
            await client.ImportAsync(new JsonArray
            {
                SdkClient.Item(doomed, "https://example.com/d1.jpg", "d-1"),
                SdkClient.Item(kept, "https://example.com/k1.jpg", "k-1"),
            });
            await client.ExecuteAsync(SdkClient.DeleteDatasetQuery, new { DatasetId = doomed });
        }

        await using LabelboxSandbox again = await LabelboxSandbox.StartAsync(Options());
        Assert.Equal(new[] { kept }, again.State.Datasets.Select(d => d.Id));
        Assert.Null(again.State.FindByGlobalKey("d-1"));
        Assert.Equal(new[] { "k-1" }, again.State.DataRows.Select(r => r.GlobalKey));
    }

    [Fact]
    public async Task Rows_written_again_or_deleted_leave_the_file_when_they_outnumber_the_rows_kept()
    {
        await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(Options()))
        {
            using var client = new SdkClient(sandbox);
            string doomed = await client.CreateDatasetAsync("doomed");
            string kept = await client.CreateDatasetAsync("kept");
            await client.ImportAsync(new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode)SdkClient.Item(doomed, "https://example.com/" + i + ".jpg")).ToArray()));
            await client.ImportAsync(new JsonArray { SdkClient.Item(kept, "https://example.com/k1.jpg", "k-1"), SdkClient.Item(kept, "https://example.com/k2.jpg", "k-2") });
            await client.ImportAsync(new JsonArray { SdkClient.Item(kept, "https://example.com/k1-again.jpg", keyType: "GKEY", keyValue: "k-1") });
            await client.ExecuteAsync(SdkClient.DeleteDatasetQuery, new { DatasetId = doomed });
        }

        Assert.Equal(5003, RowVersionsInFile());
        for (int start = 0; start < 2; start++)
        {
            // The first start rewrites the records, the second finds them as the first left them.
            await using (LabelboxSandbox again = await LabelboxSandbox.StartAsync(Options()))
            {
                Assert.Equal(new (string?, string)[] { ("k-1", "https://example.com/k1-again.jpg"), ("k-2", "https://example.com/k2.jpg") },
                    again.State.DataRows.Select(r => (r.GlobalKey, r.RowData)));
            }

            Assert.Equal(2, RowVersionsInFile());
        }
    }

    [Fact]
    public async Task A_folder_that_is_not_a_sandbox_s_is_refused()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "mine");
        var refused = await Assert.ThrowsAsync<SandboxDataException>(() => LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder }));
        Assert.Contains("it holds other files and no sandbox.db", refused.Message, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(folder, "notes.txt")));

        File.Delete(Path.Combine(folder, "notes.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "sandbox.db"), Enumerable.Repeat((byte)'x', 4096).ToArray());
        refused = await Assert.ThrowsAsync<SandboxDataException>(() => LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder }));
        Assert.StartsWith("The sandbox data folder '" + folder + "' cannot be used: sandbox.db cannot be read as a SQLite database", refused.Message, StringComparison.Ordinal);

        File.Delete(Path.Combine(folder, "sandbox.db"));
        using (var connection = new SqliteConnection("Data Source=" + Path.Combine(folder, "sandbox.db") + ";Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE other (x)";
            command.ExecuteNonQuery();
        }

        refused = await Assert.ThrowsAsync<SandboxDataException>(() => LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder }));
        Assert.EndsWith("cannot be used: sandbox.db is a SQLite database, but not a sandbox's.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_data_folder_each_sandbox_starts_empty_and_writes_nothing()
    {
        string userId;
        await using (LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync())
        {
            using var client = new SdkClient(sandbox);
            await client.ImportAsync(new JsonArray { SdkClient.Item(await client.CreateDatasetAsync(), "https://example.com/a.jpg") });
            userId = sandbox.State.UserId;
        }

        await using LabelboxSandbox next = await LabelboxSandbox.StartAsync();
        Assert.NotEqual(userId, next.State.UserId);
        Assert.Equal((0, 0, 0), (next.State.Datasets.Count, next.State.RowsStored, next.State.Tasks.Count));
    }

    private SandboxOptions Options()
    {
        var options = new SandboxOptions { DataDirectory = folder };
        options.CustomMetadataFields.Add(new SandboxMetadataField("score", SandboxMetadataKind.Number));
        options.CustomMetadataFields.Add(new SandboxMetadataField("stage", SandboxMetadataKind.Enum, "raw", "done"));
        return options;
    }

    /// <summary>The row versions the database's records hold, those written again and deleted included.</summary>
    private long RowVersionsInFile()
    {
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(folder, "sandbox.db") + ";Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(sum(row_count), 0) FROM row_batches";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task<string> FieldIdAsync(SdkClient client, string name) =>
        (string)(await client.ExecuteAsync(OntologyQuery))["customMetadataOntology"]!.AsArray().Single(f => (string)f!["name"]! == name)!["id"]!;

    /// <summary>All a client and the public state see of the sandbox, as one text to compare.</summary>
    private static async Task<string> DescribeAsync(LabelboxSandbox sandbox, SdkClient client, string taskId)
    {
        var rows = new JsonArray();
        foreach (SandboxDataRow row in sandbox.State.DataRows)
        {
            rows.Add((await client.ExecuteAsync(RowQuery, new { param_0 = row.Id }))["dataRow"]!.DeepClone());
        }

        return JsonSerializer.Serialize(new
        {
            sandbox.State.UserId,
            sandbox.State.OrganizationId,
            user = (await client.ExecuteAsync(SdkClient.UserQuery))["user"],
            ontology = (await client.ExecuteAsync(OntologyQuery))["customMetadataOntology"],
            sandbox.State.Datasets,
            state = sandbox.State.DataRows,
            rows,
            sandbox.State.Tasks,
            task = await client.WaitForTaskAsync(taskId),
            failed = await client.FailedRowsAsync(taskId),
            succeeded = await client.SucceededRowsAsync(taskId),
            sandbox.State.FilesStored,
        });
    }

    private static void CopyFolder(string from, string to)
    {
        // Not the lock file: the running sandbox holds it, and a killed one would leave it unheld.
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "sandbox.lock"))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
