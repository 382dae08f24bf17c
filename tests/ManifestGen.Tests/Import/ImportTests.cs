using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Journal;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Import;

public sealed class ImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mg-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static DataRowSpec Row(int i, string? key = "auto") =>
        new("https://example.com/img/" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + ".jpg")
        {
            GlobalKey = key == "auto" ? "gk-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : key,
            MediaType = MediaType.Image,
        };

    private static IEnumerable<string?> Keys(IEnumerable<JsonObject> items) => items.Select(i => i["payload"]!["global_key"]?.GetValue<string>());

    [Fact]
    public async Task ARow_BecomesTheWirePayload_WithMetadataResolvedToSchemaIds()
    {
        var factory = new ClientFactory();
        var row = new DataRowSpec("https://example.com/a.jpg")
        {
            GlobalKey = "gk-1",
            ExternalId = "a.jpg",
            MediaType = MediaType.Image,
            Metadata = new[]
            {
                new DataRowMetadata(null, "camera", MetadataValue.String("Sony")),
                new DataRowMetadata(null, "split", MetadataValue.String("train")),
                new DataRowMetadata(FakeLabelbox.QualityId, null, MetadataValue.String(FakeLabelbox.GoodId)),
                new DataRowMetadata(null, "captureDateTime", MetadataValue.String("2011-11-04T00:05:23")),
            },
            Attachments = new[] { Attachment.RawText("note", "att1") },
        };
        var progress = new List<ImportProgress>();

        ImportResult result = await factory.Create().ImportAsync(new[] { row }, new ImportOptions { DatasetName = "Cats", Progress = new SyncProgress<ImportProgress>(progress) });

        Assert.Empty(result.Failures.Select(f => f.Message));
        Assert.Equal((1L, 1L, 0L, 0L), (result.Total, result.Imported, result.Failed, result.SkippedInvalid));
        Assert.Equal("ds-1", result.DatasetId);
        JsonObject item = Assert.Single(factory.Fake.UpsertedItems);
        Assert.Equal(
            ("{'id':{'type':'AUTO','value':''},'payload':{'row_data':'https://example.com/a.jpg','global_key':'gk-1','external_id':'a.jpg','media_type':'IMAGE','dataset_id':'ds-1',"
            + "'attachments':[{'type':'RAW_TEXT','value':'note','name':'att1'}],'metadata_fields':[{'schemaId':'cmcamera00000000000000001','value':'Sony'},"
            + "{'schemaId':'cko8sbczn0002h2dkdaxb5kal','value':{}},{'schemaId':'cko8sbscr0003h2dk04w86hof','value':{}},"
            + "{'schemaId':'cmquality0000000000000001','value':{}},{'schemaId':'cmqualitygood000000000001','value':{}},"
            + "{'schemaId':'cko8sdzv70006h2dk8jg64zvb','value':'2011-11-04T00:05:23Z'}]}}").Replace('\'', '"'),
            item.ToJsonString());
        Assert.Equal(new[] { "CreateDatasetPyApi", "GetMetadataOntologyBetaPyApi", "UploadFile", "UploadFile", "UpsertDataRowsPyApi", "GetUserPyApi", "GetUserCreatedTasksPyApi", "FailedDataRowImportsPyApi" },
            factory.Fake.Operations);
        Assert.Equal(new ImportProgress(1, 1, 1, 0, 1, 1, progress[^1].BytesUploaded), progress[^1]);
    }

    [Fact]
    public async Task GlobalKeyMode_SendsGkeyUpserts()
    {
        var factory = new ClientFactory();

        await factory.Create().ImportAsync(new[] { Row(1), Row(2, key: null) }, new ImportOptions { DatasetName = "x", KeyMode = RowKeyMode.GlobalKey });

        Assert.Equal("{\"type\":\"GKEY\",\"value\":\"gk-000001\"}", factory.Fake.UpsertedItems[0]["id"]!.ToJsonString());
        Assert.Equal("{\"type\":\"AUTO\",\"value\":\"\"}", factory.Fake.UpsertedItems[1]["id"]!.ToJsonString());
    }

    [Fact]
    public async Task Chunks_SplitAtExactlyTenMillionBytes()
    {
        var factory = new ClientFactory();
        LabelboxClient client = factory.Create();
        string datasetId = (await client.CreateDatasetAsync("x")).Id;

        // 239 items of 41,840 bytes: '[' + 239 items + 238 commas + ']' = 10,000,000 bytes exactly.
        int baseSize = ItemSize(Padded(0, ""), datasetId);
        string pad = new('p', 41_840 - baseSize);
        ImportResult result = await client.ImportAsync(Enumerable.Range(0, 240).Select(i => Padded(i, pad)), new ImportOptions { DatasetId = datasetId });

        var chunks = factory.Fake.Files.Values.Where(f => f.FileName == "json_import.json").Select(f => f.Bytes.Length).OrderByDescending(n => n).ToArray();
        Assert.Equal(new[] { 10_000_000, 41_842 }, chunks);
        Assert.Equal(240, result.Imported);
    }

    private static DataRowSpec Padded(int i, string pad) => Row(i) with { ExternalId = "e" + pad };

    private static int ItemSize(DataRowSpec row, string datasetId)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ManifestGen.Json.ImportJsonWriter.Options(false)))
        {
            ManifestGen.Import.UpsertItems.Write(writer, row, row.RowData, row.ExternalId, datasetId, RowKeyMode.Auto, ManifestGen.Rules.Metadata.MetadataSchema.ReservedOnly);
        }

        return buffer.WrittenCount;
    }

    [Fact]
    public async Task MoreRowsThanATaskTakes_BecomeSeveralTasks_OneResult()
    {
        var factory = new ClientFactory();
        factory.Options.MaxRowsPerTask = 4;
        factory.Options.MaxChunkBytes = 700;
        factory.Fake.PollsUntilDone = 2;

        ImportResult result = await factory.Create().ImportAsync(Enumerable.Range(0, 10).Select(i => Row(i)), new ImportOptions { DatasetName = "x" });

        Assert.Equal(3, result.TaskIds.Count);
        Assert.Equal(10, result.Imported);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => Row(i).GlobalKey), Keys(factory.Fake.UpsertedItems));
        Assert.All(factory.Fake.Files.Values.Where(f => f.FileName == "manifest.json"),
            m => Assert.InRange(JsonDocument.Parse(m.Bytes).RootElement.GetProperty("item_count").GetInt32(), 2, 4));
        Assert.All(factory.Fake.Files.Values.Where(f => f.FileName == "json_import.json"), c => Assert.True(c.Bytes.Length <= 700));
    }

    [Fact]
    public async Task AtTheRealLimit_150001Rows_AreTwoTasks()
    {
        var factory = new ClientFactory();

        ImportResult result = await factory.Create().ImportAsync(Enumerable.Range(0, 150_001).Select(i => new DataRowSpec("https://e.co/" + i + ".jpg")), new ImportOptions { DatasetName = "x" });

        Assert.Equal(2, result.TaskIds.Count);
        Assert.Equal(150_001, result.Imported);
        Assert.Equal(new[] { 1, 150_000 }, factory.Fake.Files.Values.Where(f => f.FileName == "manifest.json")
            .Select(m => JsonDocument.Parse(m.Bytes).RootElement.GetProperty("item_count").GetInt32()).Order());
    }

    [Fact]
    public async Task LocalFiles_ArePreflightedUploadedInBatchesAndReplacedByTheirUrls()
    {
        Preflight.LocalFilePreflightTests.WriteImages(_dir, "a.png", "b.jpg", "c.bmp", "d.png", "e.png");
        File.WriteAllText(Path.Combine(_dir, "text.jpg"), "not an image");
        var factory = new ClientFactory();
        factory.Options.MaxFilesPerBatch = 2;
        string[] names = { "a.png", "https://example.com/url.jpg", "b.jpg", "text.jpg", "c.bmp", "missing.png", "d.png", "e.png" };
        var uploadedBeforeRow = new List<int>();
        IEnumerable<DataRowSpec> Rows()
        {
            foreach (string name in names)
            {
                uploadedBeforeRow.Add(factory.Fake.Files.Values.Count(f => f.ContentType?.StartsWith("image/", StringComparison.Ordinal) == true));

                yield return new DataRowSpec(name) { MediaType = MediaType.Image };
            }
        }

        ImportResult result = await factory.Create().ImportAsync(Rows(), new ImportOptions { DatasetName = "x", BaseDirectory = _dir });

        // A batch of two rows is checked and uploaded before the next rows are read: not all the files at the end.
        Assert.Equal(new[] { 0, 0, 1, 1, 2, 2, 3, 3 }, uploadedBeforeRow);
        Assert.Equal((6L, 2L), (result.Imported, result.SkippedInvalid));
        Assert.Equal(new long?[] { 3, 5 }, result.Failures.Select(f => f.RowIndex));
        Assert.Equal(new[] { "a.png", "https://example.com/url.jpg", "b.jpg", "c.bmp", "d.png", "e.png" },
            factory.Fake.UpsertedItems.Select(i => i["payload"]!["external_id"]?.GetValue<string>() ?? i["payload"]!["row_data"]!.GetValue<string>()));
        foreach (JsonObject item in factory.Fake.UpsertedItems.Where(i => i["payload"]!["external_id"] != null))
        {
            var (fileName, contentType, bytes) = factory.Fake.Files[item["payload"]!["row_data"]!.GetValue<string>()];
            Assert.Equal(item["payload"]!["external_id"]!.GetValue<string>(), fileName);
            Assert.StartsWith("image/", contentType, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, fileName)), bytes);
        }
    }

    [Fact]
    public async Task ARowWithALoneSurrogate_IsRefusedNamingTheField_NotSentAltered()
    {
        var factory = new ClientFactory();
        string journal = Path.Combine(_dir, "surrogates.journal");
        DataRowSpec[] rows =
        {
            Row(0) with { ExternalId = "pair \U0001F600" }, // a surrogate pair is text, and arrives as it is
            Row(1) with { ExternalId = "lone \ud800" },
            Row(2) with { Metadata = new[] { new DataRowMetadata(null, "camera", MetadataValue.String("\udc00x")) } },
            Row(3) with { Attachments = new[] { Attachment.RawText("a\ud800b") } },
            Row(4) with { Attachments = new[] { Attachment.RawText("note", "\U0001F600\udbff") } },
            // A local path is refused before its batch is checked and uploaded: its altered form is no file of the user's.
            new DataRowSpec("photo\udfff.jpg") { GlobalKey = "gk-local" },
        };

        ImportResult result = await factory.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal, BaseDirectory = _dir });

        Assert.Equal((6L, 1L, 5L), (result.Total, result.Imported, result.SkippedInvalid));
        const string Tail = " (counting UTF-16 code units), which UTF-8 cannot carry; the row was not sent rather than sent altered";
        Assert.Equal(
            new[]
            {
                "external_id holds a lone surrogate (U+D800) at position 6" + Tail,
                "metadata_fields[0].value holds a lone surrogate (U+DC00) at position 1" + Tail,
                "attachments[0].value holds a lone surrogate (U+D800) at position 2" + Tail,
                "attachments[0].name holds a lone surrogate (U+DBFF) at position 3" + Tail,
                "row_data holds a lone surrogate (U+DFFF) at position 6" + Tail,
            },
            result.Failures.Select(f => f.Message));
        JsonObject item = Assert.Single(factory.Fake.UpsertedItems);
        Assert.Equal("pair \U0001F600", item["payload"]!["external_id"]!.GetValue<string>());
        Assert.DoesNotContain(factory.Fake.Files.Values, f => f.FileName is not ("json_import.json" or "manifest.json"));
    }

    [Fact]
    public async Task ADatasetOptionWithALoneSurrogate_IsAnArgumentError_BeforeAnyRequest()
    {
        var factory = new ClientFactory();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => factory.Create().ImportAsync(new[] { Row(0) }, new ImportOptions { DatasetName = "cats \ud800" }));

        Assert.Equal("DatasetName", e.ParamName);
        Assert.StartsWith("DatasetName holds a lone surrogate (U+D800) at position 6", e.Message, StringComparison.Ordinal);
        Assert.Empty(factory.Fake.Datasets);
    }

    [Fact]
    public async Task InvalidRows_AreReportedNotSent_AndTheResultWritesThemAsJson()
    {
        var factory = new ClientFactory();
        DataRowSpec[] rows =
        {
            Row(0),
            new("http://example.com/insecure.jpg") { GlobalKey = "gk-http" },
            Row(2) with { Metadata = new[] { new DataRowMetadata(null, "nosuchfield", MetadataValue.String("x")) } },
        };

        ImportResult result = await factory.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x" });

        Assert.Equal((3L, 1L, 2L), (result.Total, result.Imported, result.SkippedInvalid));
        Assert.Equal(new[] { "gk-000000" }, Keys(factory.Fake.UpsertedItems));
        Assert.Contains("LBX0102", result.Failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("LBX0402", result.Failures[1].Message, StringComparison.Ordinal);

        using var stream = new MemoryStream();
        result.WriteFailuresJson(stream);
        JsonElement written = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Equal(2, written.GetArrayLength());
        Assert.Equal("Invalid", written[0].GetProperty("kind").GetString());
        Assert.Equal("gk-http", written[0].GetProperty("globalKey").GetString());
        Assert.Equal(1, written[0].GetProperty("rowIndex").GetInt64());
        var e = Assert.Throws<LabelboxImportException>(() => result.ThrowIfAnyFailed(1));
        Assert.Equal(2, e.FailedCount);
        Assert.Contains("gk-http", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("gk-000002", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceRejections_AreListedWithTheServicesMessage()
    {
        var factory = new ClientFactory();
        factory.Fake.ExistingGlobalKeys.Add("gk-000001");

        ImportResult result = await factory.Create().ImportAsync(new[] { Row(0), Row(1) }, new ImportOptions { DatasetName = "x" });

        Assert.Equal((1L, 1L), (result.Imported, result.Failed));
        ImportFailure failure = Assert.Single(result.Failures);
        Assert.Equal(new ImportFailure(ImportFailureKind.Rejected, "Duplicate global key: 'gk-000001'", "gk-000001", null, Row(1).RowData, null, result.TaskIds[0]), failure);
    }

    [Fact]
    public async Task CancelledMidImport_ThenResumed_SendsNothingTwice()
    {
        var fake = new FakeLabelbox();
        string journal = Path.Combine(_dir, "import.journal");
        var rows = Enumerable.Range(0, 30).Select(i => Row(i)).ToArray();
        using var cts = new CancellationTokenSource();
        int uploads = 0;
        fake.OnOperation = op =>
        {
            if (op == "UploadFile" && ++uploads == 6)
            {
                cts.Cancel(); // the second task's first chunk is up, the task not started
            }
        };
        var first = new ClientFactory { Fake = fake };
        first.Options.MaxRowsPerTask = 9;
        first.Options.MaxChunkBytes = 700;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal }, cts.Token));
        int sentBefore = fake.UpsertedItems.Count;
        fake.OnOperation = null;
        var second = new ClientFactory { Fake = fake };
        second.Options.MaxRowsPerTask = 9;
        second.Options.MaxChunkBytes = 700;
        ImportResult result = await second.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal });

        Assert.Equal(9, sentBefore);
        Assert.True(result.Resumed);
        Assert.Equal((30L, 30L, 0L), (result.Total, result.Imported, result.Failed));
        Assert.Equal(rows.Select(r => r.GlobalKey), Keys(fake.UpsertedItems));
        Assert.Single(fake.Datasets);
        Assert.DoesNotContain(FakeLabelbox.ApiKey, File.ReadAllText(journal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateKeyOfARowThisImportSent_CountsAsImported_AnOthersKeyDoesNot()
    {
        var fake = new FakeLabelbox();
        fake.ExistingGlobalKeys.Add("gk-000004");
        string journal = Path.Combine(_dir, "dup.journal");
        var rows = Enumerable.Range(0, 6).Select(i => Row(i)).ToArray();
        fake.OnOperation = op =>
        {
            if (op == "UpsertDataRowsPyApi")
            {
                throw new HttpRequestException("connection reset after the service took the task");
            }
        };
        var first = new ClientFactory { Fake = fake };
        first.Options.MaxRowsPerTask = 3;
        first.Options.Retry.MaxAttempts = 1;

        await RequestFailures.ThrowsAsync(LabelboxErrorKind.ServiceError, () => first.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal }));
        fake.OnOperation = null;
        var second = new ClientFactory { Fake = fake };
        second.Options.MaxRowsPerTask = 3;
        ImportResult result = await second.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal });

        Assert.Equal((6L, 5L, 1L), (result.Total, result.Imported, result.Failed));
        Assert.Equal("gk-000004", Assert.Single(result.Failures).GlobalKey);
    }

    [Fact]
    public async Task AJournalResumedWithOtherRows_IsRefused_NotSkippedOver()
    {
        var fake = new FakeLabelbox();
        string journal = Path.Combine(_dir, "other.journal");
        int upserts = 0;
        fake.OnOperation = op =>
        {
            if (op == "UpsertDataRowsPyApi" && ++upserts == 2)
            {
                throw new HttpRequestException("connection reset");
            }
        };
        var first = new ClientFactory { Fake = fake };
        first.Options.MaxRowsPerTask = 3;
        first.Options.Retry.MaxAttempts = 1;
        await RequestFailures.ThrowsAsync(LabelboxErrorKind.ServiceError, () =>
            first.Create().ImportAsync(Enumerable.Range(0, 6).Select(i => Row(i)), new ImportOptions { DatasetName = "x", JournalPath = journal }));
        fake.OnOperation = null;
        var second = new ClientFactory { Fake = fake };
        second.Options.MaxRowsPerTask = 3;

        // Same count, same label ("rows"), other rows: the first task's rows would be skipped as sent.
        var e = await Assert.ThrowsAsync<JournalRefusedException>(() =>
            second.Create().ImportAsync(Enumerable.Range(0, 6).Select(i => Row(i + 100)), new ImportOptions { DatasetName = "x", JournalPath = journal }));

        Assert.Equal("The journal " + journal + " recorded row 2 as 'gk-000002', but this input's row 2 is 'gk-000102': it is not the input the journal"
            + " was written for. Use a new journal path, or the same rows to resume.", e.Message);
        ImportResult resumed = await second.Create().ImportAsync(Enumerable.Range(0, 6).Select(i => Row(i)), new ImportOptions { DatasetName = "x", JournalPath = journal });
        Assert.Equal((6L, 6L, true), (resumed.Total, resumed.Imported, resumed.Resumed));
    }

    [Fact]
    public async Task AJournalResumedWithFewerRows_IsRefused_NotReportedAsTheirs()
    {
        var factory = new ClientFactory();
        string journal = Path.Combine(_dir, "short.journal");
        await factory.Create().ImportAsync(Enumerable.Range(0, 6).Select(i => Row(i)), new ImportOptions { DatasetName = "x", JournalPath = journal });

        var e = await Assert.ThrowsAsync<JournalRefusedException>(() =>
            factory.Create().ImportAsync(Enumerable.Range(0, 2).Select(i => Row(i + 100)), new ImportOptions { DatasetName = "x", JournalPath = journal }));

        Assert.Equal("The journal " + journal + " records tasks over 6 rows, but this input has 2: it is not the input the journal was written for."
            + " Use a new journal path, or the same rows to resume.", e.Message);
    }

    [Fact]
    public async Task AFinishedJournal_WithATornLastLine_IsReadBackWithoutSendingAgain()
    {
        var factory = new ClientFactory();
        string journal = Path.Combine(_dir, "done.journal");
        var rows = new[] { Row(0), new DataRowSpec("http://bad") };
        ImportResult first = await factory.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal });
        File.AppendAllText(journal, "{\"type\":\"chu");
        int requests = factory.Fake.RequestCount;

        ImportResult again = await factory.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal });

        Assert.Equal((first.Imported, first.SkippedInvalid), (again.Imported, again.SkippedInvalid));
        Assert.Equal(first.TaskIds, again.TaskIds);
        Assert.Equal(requests, factory.Fake.RequestCount);
        Assert.EndsWith("\n", File.ReadAllText(journal), StringComparison.Ordinal);
        await Assert.ThrowsAsync<JournalRefusedException>(() => factory.Create().ImportAsync(new[] { Row(0) }, new ImportOptions { DatasetId = "ds-other", JournalPath = journal }));
    }

    [Theory]
    [InlineData("not json {")]
    [InlineData("{\"type\":\"chunk\",\"datasetId\":\"a\\ud800\"}")]
    public async Task AJournalDamagedBeforeItsLastLine_IsRefusedNamingTheLine(string damage)
    {
        var factory = new ClientFactory();
        string journal = Path.Combine(_dir, "damaged.journal");
        var rows = new[] { Row(0), Row(1) };
        await factory.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal });
        List<string> lines = File.ReadAllLines(journal).ToList();
        lines.Insert(1, damage);
        File.WriteAllLines(journal, lines);

        var e = await Assert.ThrowsAsync<JournalRefusedException>(() => factory.Create().ImportAsync(rows, new ImportOptions { DatasetName = "x", JournalPath = journal }));

        Assert.Contains("is damaged at line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("start a new journal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedRows_GoThroughToDataRowSpec_AndAFailingOneIsInvalid()
    {
        var factory = new ClientFactory();

        ImportResult result = await factory.Create().ImportAsync(AsyncRows(), new ImportOptions { DatasetName = "x" });

        Assert.Equal((1L, 1L), (result.Imported, result.SkippedInvalid));
        Assert.Equal("broken row", result.Failures.Single().Message);
    }

    private static async IAsyncEnumerable<TypedRow> AsyncRows()
    {
        await Task.Yield();
        yield return new TypedRow("https://example.com/t.jpg");
        yield return new TypedRow(null);
    }

    private sealed record TypedRow(string? Url) : ILabelboxDataRow
    {
        public DataRowSpec ToDataRowSpec() => new(Url ?? throw new InvalidOperationException("broken row"));

        public void WriteImportJson(Utf8JsonWriter writer) => throw new NotSupportedException();
    }

    private sealed class SyncProgress<T>(List<T> values) : IProgress<T>
    {
        public void Report(T value) => values.Add(value);
    }
}
