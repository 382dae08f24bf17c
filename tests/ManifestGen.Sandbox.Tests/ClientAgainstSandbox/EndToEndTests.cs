using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>The real <see cref="LabelboxClient"/> against the sandbox over loopback HTTP: every row arrives as sent.</summary>
public sealed class EndToEndTests
{
    private const string TagId = "cko8s9r5v0001h2dk9elqdidh";
    private const string SplitId = "cko8sbczn0002h2dkdaxb5kal";
    private const string TrainId = "cko8sbscr0003h2dk04w86hof";
    private const string CaptureId = "cko8sdzv70006h2dk8jg64zvb";

    private static SandboxOptions WithCamera() =>
        new() { CustomMetadataFields = { new SandboxMetadataField("camera", SandboxMetadataKind.String) } };

    /// <summary>Hides a deliberately bad value from the analyzers, which would (rightly) refuse it as a literal.</summary>
    private static string AtRunTime(string value) => value;

    private static void AssertSplitTrain(SandboxDataRow row)
    {
        SandboxMetadataValue split = Assert.Single(row.Metadata, m => m.SchemaId == SplitId);
        Assert.Contains(split.Value.ToString(), new[] { "train", TrainId });
    }

    [Fact]
    public async Task Creates_a_dataset_reads_the_ontology_and_imports_a_parsed_manifest()
    {
        await using ClientHarness h = await ClientHarness.StartAsync(sandboxOptions: WithCamera());
        LabelboxDataset dataset = await h.Client.CreateDatasetAsync("e2e manifest", "made by a test");
        Assert.Equal("e2e manifest", (await h.Client.GetDatasetAsync(dataset.Id)).Name);

        MetadataOntology ontology = await h.Client.GetMetadataOntologyAsync();
        Assert.Contains(ontology.Fields, f => f.Name == "split" && f.SchemaId == SplitId && f.Options.Any(o => o.Name == "train" && o.SchemaId == TrainId));
        Assert.Contains(ontology.Fields, f => f.Name == "camera");

        ImportManifest manifest = ImportManifest.Parse("""
            {
              "name": "E2E",
              "rows": [
                {
                  "row_data": "https://example.com/images/a.jpg",
                  "global_key": "e2e-manifest-a",
                  "external_id": "a.jpg",
                  "media_type": "IMAGE",
                  "metadata_fields": [
                    {"name": "tag", "value": "tag text"},
                    {"name": "split", "value": "train"},
                    {"name": "captureDateTime", "value": "2024-05-01T13:45:00Z"},
                    {"name": "camera", "value": "Nikon D850"}
                  ],
                  "attachments": [
                    {"type": "IMAGE_OVERLAY", "value": "https://example.com/overlays/rgb.jpg", "name": "RGB"},
                    {"type": "RAW_TEXT", "value": "a note"}
                  ]
                },
                {
                  "row_data": "https://example.com/images/b.jpg",
                  "global_key": "e2e-manifest-b",
                  "metadata_fields": [{"schema_id": "cko8s9r5v0001h2dk9elqdidh", "value": "by id"}]
                }
              ]
            }
            """, "e2e");

        var reports = new List<ImportProgress>();
        ImportResult result = await h.Client.ImportAsync(manifest, new ImportOptions { DatasetId = dataset.Id, Progress = new SyncProgress(reports) });

        Assert.Equal((2, 2, 0, 0), (result.Total, result.Imported, result.Failed, result.SkippedInvalid));
        Assert.Equal(2, h.Sandbox.State.RowCount(dataset.Id));
        SandboxDataRow a = h.Sandbox.State.FindByGlobalKey("e2e-manifest-a")!;
        Assert.Equal(dataset.Id, a.DatasetId);
        Assert.Equal("https://example.com/images/a.jpg", a.RowData);
        Assert.Equal("a.jpg", a.ExternalId);
        Assert.Equal("tag text", Assert.Single(a.Metadata, m => m.SchemaId == TagId).Value.ToString());
        AssertSplitTrain(a);
        Assert.StartsWith("2024-05-01T13:45:00", Assert.Single(a.Metadata, m => m.SchemaId == CaptureId).Value switch
        {
            DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            DateTime d => d.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            object o => o.ToString()!,
        });
        Assert.Equal("Nikon D850", Assert.Single(a.Metadata, m => m.Name == "camera").Value.ToString());
        Assert.Equal(new[] { ("IMAGE_OVERLAY", "https://example.com/overlays/rgb.jpg", (string?)"RGB"), ("RAW_TEXT", "a note", null) },
            a.Attachments.Select(x => (x.Type, x.Value, x.Name)));
        Assert.Equal("by id", Assert.Single(h.Sandbox.State.FindByGlobalKey("e2e-manifest-b")!.Metadata).Value.ToString());
        Assert.Contains(reports, r => r.RowsAcknowledged == 2 && r.TasksFinished == 1);
    }

    [Fact]
    public async Task Imports_DataRowSpec_rows_and_reports_the_services_duplicate_key_message_and_invalid_rows_unsent()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        LabelboxDataset first = await h.Client.CreateDatasetAsync("first");
        ImportResult seed = await h.Client.ImportAsync(new[] { new DataRowSpec("https://example.com/x.jpg") { GlobalKey = "taken-key" } }, new ImportOptions { DatasetId = first.Id });
        Assert.Equal(1, seed.Imported);

        DataRowSpec[] rows =
        {
            new DataRowSpec("https://example.com/1.jpg")
            {
                GlobalKey = "spec-1",
                Metadata = new[] { new DataRowMetadata(null, "tag", MetadataValue.String("one")), new DataRowMetadata(null, "split", MetadataValue.String("train")) },
                Attachments = new[] { Attachment.RawText("hello", "n") },
            },
            new DataRowSpec("https://example.com/2.jpg") { GlobalKey = AtRunTime("taken-key"), ExternalId = "two" },
            new DataRowSpec(AtRunTime("http://example.com/3.jpg")) { GlobalKey = "spec-insecure" },
            new DataRowSpec("https://example.com/4.jpg") { GlobalKey = "spec-4" },
        };
        string failuresPath = Path.Combine(h.Folder, "failures.json");
        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetName = "second" });
        result.WriteFailuresJson(failuresPath);

        Assert.Equal((4, 2, 1, 1), (result.Total, result.Imported, result.Failed, result.SkippedInvalid));
        ImportFailure duplicate = Assert.Single(result.Failures, f => f.Kind == ImportFailureKind.Rejected);
        Assert.Equal("Duplicate global key: 'taken-key'", duplicate.Message);
        Assert.Equal("taken-key", duplicate.GlobalKey);
        Assert.Equal(first.Id, h.Sandbox.State.FindByGlobalKey("taken-key")!.DatasetId);

        ImportFailure insecure = Assert.Single(result.Failures, f => f.Kind == ImportFailureKind.Invalid);
        Assert.Equal("spec-insecure", insecure.GlobalKey);
        Assert.Equal(2, insecure.RowIndex);
        Assert.Null(h.Sandbox.State.FindByGlobalKey("spec-insecure"));
        Assert.DoesNotContain(h.Sandbox.State.DataRows, r => r.RowData.StartsWith("http:", StringComparison.Ordinal));

        SandboxDataRow one = h.Sandbox.State.FindByGlobalKey("spec-1")!;
        Assert.Equal(result.DatasetId, one.DatasetId);
        Assert.Equal("one", Assert.Single(one.Metadata, m => m.SchemaId == TagId).Value.ToString());
        AssertSplitTrain(one);
        Assert.Equal(("RAW_TEXT", "hello", (string?)"n"), one.Attachments.Select(x => (x.Type, x.Value, x.Name)).Single());
        Assert.Equal(2, h.Sandbox.State.RowCount(result.DatasetId));

        using JsonDocument failures = JsonDocument.Parse(File.ReadAllBytes(failuresPath));
        Assert.Equal(2, failures.RootElement.GetArrayLength());
        var messages = failures.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("globalKey").GetString()!, f => f.GetProperty("message").GetString());
        Assert.Equal("Duplicate global key: 'taken-key'", messages["taken-key"]);
        Assert.Contains("https", messages["spec-insecure"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imports_generated_LabelboxDataRow_objects()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        var taken = new DateTimeOffset(2024, 5, 1, 13, 45, 0, TimeSpan.FromHours(2));
        SandboxPhoto[] photos =
        {
            new("https://example.com/p1.jpg", "photo-1") { Split = PhotoSplit.Train, TakenAt = taken, Tag = "cat", Note = "first" },
            new("https://example.com/p2.jpg", "photo-2"),
        };
        ImportResult result = await h.Client.ImportAsync(photos, new ImportOptions { DatasetName = "typed" });

        Assert.Equal((2, 2, 0L), (result.Total, result.Imported, result.Failed + result.SkippedInvalid));
        SandboxDataRow p1 = h.Sandbox.State.FindByGlobalKey("photo-1")!;
        Assert.Equal("https://example.com/p1.jpg", p1.RowData);
        AssertSplitTrain(p1);
        Assert.Equal("cat", Assert.Single(p1.Metadata, m => m.SchemaId == TagId).Value.ToString());
        Assert.Single(p1.Metadata, m => m.SchemaId == CaptureId);
        Assert.Equal(("RAW_TEXT", "first", (string?)"note"), p1.Attachments.Select(x => (x.Type, x.Value, x.Name)).Single());
        Assert.Empty(h.Sandbox.State.FindByGlobalKey("photo-2")!.Metadata);
        Assert.Equal(2, h.Sandbox.State.RowCount(result.DatasetId));
    }

    [Fact]
    public async Task Uploads_local_images_by_relative_path_and_reports_a_missing_one()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        string images = Path.Combine(h.Folder, "images");
        Directory.CreateDirectory(images);
        using (var png = new Image<Rgba32>(8, 6, new Rgba32(255, 0, 0, 255)))
        {
            await png.SaveAsPngAsync(Path.Combine(images, "red.png"));
        }

        using (var jpg = new Image<Rgb24>(5, 7, new Rgb24(0, 0, 255)))
        {
            await jpg.SaveAsJpegAsync(Path.Combine(images, "blue.jpg"));
        }

        DataRowSpec[] rows =
        {
            new("images/red.png") { GlobalKey = "local-red" },
            new("https://example.com/between.jpg") { GlobalKey = "local-between" },
            new("images/blue.jpg") { GlobalKey = "local-blue", ExternalId = "blue" },
            new("images/missing.png") { GlobalKey = "local-missing" },
        };
        ImportResult result = await h.Client.ImportAsync(rows, new ImportOptions { DatasetName = "local", BaseDirectory = h.Folder });

        Assert.True(result.Failed == 0, string.Join("\n", result.Failures));
        Assert.Equal((4, 3, 0, 1), (result.Total, result.Imported, result.Failed, result.SkippedInvalid));
        ImportFailure missing = Assert.Single(result.Failures);
        Assert.Equal((ImportFailureKind.Invalid, "local-missing"), (missing.Kind, missing.GlobalKey));
        SandboxDataRow red = h.Sandbox.State.FindByGlobalKey("local-red")!;
        Assert.StartsWith(h.Sandbox.BaseAddress.ToString(), red.RowData, StringComparison.Ordinal);
        Assert.Equal("images/red.png", red.ExternalId);
        Assert.Equal("blue", h.Sandbox.State.FindByGlobalKey("local-blue")!.ExternalId);
        Assert.Equal(3, h.Sandbox.State.RowCount(result.DatasetId));

        // The stored file is the PNG that was written, byte for byte.
        using var http = new System.Net.Http.HttpClient();
        byte[] served = await http.GetByteArrayAsync(new Uri(red.RowData));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(images, "red.png")), served);
    }

    [Fact]
    public async Task A_wrong_api_key_fails_fast_with_an_authentication_error_that_does_not_repeat_the_key()
    {
        string wrong = "wrong" + Guid.NewGuid().ToString("N");
        await using ClientHarness h = await ClientHarness.StartAsync(apiKey: wrong);
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<LabelboxRequestException>(() => h.Client.CreateDatasetAsync("never"));
        Assert.Equal(LabelboxErrorKind.Authentication, error.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ClientHarness.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(h.Sandbox.State.Datasets);
        Assert.DoesNotContain(h.Logger.Lines, l => l.Contains(wrong, StringComparison.Ordinal));

        var import = await Assert.ThrowsAsync<LabelboxRequestException>(() =>
            h.Client.ImportAsync(new[] { new DataRowSpec("https://example.com/a.jpg") }, new ImportOptions { DatasetName = "never" }));
        Assert.Equal(LabelboxErrorKind.Authentication, import.Kind);
        Assert.DoesNotContain(wrong, import.ToString(), StringComparison.Ordinal);
    }

    private sealed class SyncProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
