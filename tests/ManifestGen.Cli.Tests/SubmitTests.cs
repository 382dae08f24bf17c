using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx submit against a sandbox the test started: rows stored, the summary, the failures file, the key rule.</summary>
public class SubmitTests
{
    /// <summary>Output redirected (a test console, as a CI log): progress is plain count lines, then the summary table, with no empty header row.</summary>
    [Fact]
    public async Task GoodManifest_IsImported_WithSummary_AndEmptyFailures()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        folder.Write("data/images.lbx.json", TestManifests.Rows("a", "b", "c"));

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "data/images.lbx.json", "--dataset", "cats");

        Assert.True(result.ExitCode == 0, result.ToString());
        SandboxDataset dataset = Assert.Single(sandbox.State.Datasets);
        Assert.Equal("cats", dataset.Name);
        Assert.Equal(new[] { "a", "b", "c" }, sandbox.State.DataRowsIn(dataset.Id).Select(r => r.GlobalKey).OrderBy(k => k));
        Assert.Equal(dataset.Id, result.Summary("Dataset"));
        Assert.Equal("3", result.Summary("Rows"));
        Assert.Equal("3", result.Summary("Imported"));
        Assert.Equal("0", result.Summary("Refused by Labelbox"));
        Assert.Equal("0", result.Summary("Invalid (not sent)"));
        Assert.Equal("no", result.Summary("Resumed"));
        string failures = Path.Combine(folder.Path, "lbx-failures.json");
        Assert.Equal(failures, result.Summary("Failures file"));
        using (JsonDocument document = JsonDocument.Parse(File.ReadAllText(failures)))
        {
            Assert.Equal(0, document.RootElement.GetArrayLength());
        }

        Assert.False(File.Exists(Path.Combine(folder.Path, "data", ".lbx-journal.jsonl")), "a finished import deletes its journal");

        Assert.Equal("Sent 3 of 3 rows, 3 acknowledged, 0 failed", Assert.Single(result.Lines, l => l.Contains("Sent", System.StringComparison.Ordinal)));
        Assert.DoesNotContain("%", result.Output, System.StringComparison.Ordinal);
        int title = System.Array.FindIndex(result.Lines, l => l.Trim() == "Import summary");
        Assert.True(title >= 0, result.ToString());
        Assert.StartsWith("┌", result.Lines[title + 1], System.StringComparison.Ordinal);
        Assert.StartsWith("│ Dataset ", result.Lines[title + 2], System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowTheServiceRejects_ExitsOne_AndIsInTheFailuresFile()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using TempFolder folder = FirstSubmitted(sandbox, second: new[] { "a", "b" });

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "second", "--dataset", "two", "--failures", "out/failed.json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("1", result.Summary("Imported"));
        Assert.Equal("1", result.Summary("Refused by Labelbox"));
        Assert.Contains(result.Lines, l => l.StartsWith("failed: a: ", System.StringComparison.Ordinal) && l.Contains("Duplicate global key", System.StringComparison.Ordinal));
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "out", "failed.json")));
        JsonElement failure = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("a", failure.GetProperty("globalKey").GetString());
        Assert.Contains("Duplicate global key", failure.GetProperty("message").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(1, sandbox.State.DataRows.Count(r => r.GlobalKey == "a"));
    }

    [Fact]
    public async Task DatasetId_ImportsIntoThatExistingDataset()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using TempFolder folder = FirstSubmitted(sandbox, second: new[] { "b", "c" });
        SandboxDataset dataset = Assert.Single(sandbox.State.Datasets);

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "second", "--dataset-id", dataset.Id);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(dataset.Id, Assert.Single(sandbox.State.Datasets).Id);
        Assert.Equal(new[] { "a", "b", "c" }, sandbox.State.DataRowsIn(dataset.Id).Select(r => r.GlobalKey).OrderBy(k => k));
        Assert.Equal(dataset.Id, result.Summary("Dataset"));
    }

    [Fact]
    public async Task DatasetId_ThatDoesNotExist_IsOneErrorLine_AndNothingIsSent()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--dataset-id", "cmnosuchdataset0000000000");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "error: There is no dataset with id 'cmnosuchdataset0000000000' that this API key can see; nothing was sent."
            + " Check --dataset-id (and --endpoint), or give --dataset NAME to create a dataset.",
            Assert.Single(result.Lines, l => l.StartsWith("error:", System.StringComparison.Ordinal)));
        Assert.DoesNotContain("Continue with", result.Output, System.StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Empty(sandbox.State.Datasets);
        Assert.False(File.Exists(Path.Combine(folder.Path, ".lbx-journal.jsonl")), "nothing began, so nothing is left to resume");
    }

    /// <summary>
    /// Validation held the rows to the rules against labelbox.metadata.json; the organization's ontology, which only the import
    /// reads, is still checked: an option the file declares and the organization lacks makes its row invalid, not sent.
    /// </summary>
    [Fact]
    public async Task AnOptionTheOrganizationLacks_IsInvalid_NotSent()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(
            new SandboxOptions { CustomMetadataFields = { new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny") } });
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", "{\"fields\": [{\"name\": \"weather\", \"kind\": \"enum\", \"options\": [{\"name\": \"sunny\"}, {\"name\": \"snow\"}]}]}");
        folder.Write("images.lbx.json", "[\n"
            + "  {\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"a\", \"metadata_fields\": [{\"name\": \"weather\", \"value\": \"sunny\"}]},\n"
            + "  {\"row_data\": \"https://example.com/b.jpg\", \"global_key\": \"b\", \"metadata_fields\": [{\"name\": \"weather\", \"value\": \"snow\"}]}\n"
            + "]\n");

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--dataset", "weather");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("1", result.Summary("Imported"));
        Assert.Equal("1", result.Summary("Invalid (not sent)"));
        Assert.Equal("failed: b: LBX0404: The value of metadata field 'weather' (enum) must be one of its options; 'snow' is not one of them, use one of sunny",
            Assert.Single(result.Lines, l => l.StartsWith("failed:", System.StringComparison.Ordinal)));
        Assert.Equal(new[] { "a" }, sandbox.State.DataRows.Select(r => r.GlobalKey));
    }

    /// <summary>
    /// Validation held the rows to the row rules as the manifest writes them; the import does not hold them again as it
    /// reads them. It did, and a relative local path, made full from a folder with a space in its name, broke LBX0105
    /// (no whitespace in row_data): the row was invalid, though lbx validate found nothing wrong with the manifest.
    /// </summary>
    [Fact]
    public async Task LocalFiles_InAFolderWithASpace_AreImported()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        string images = Path.Combine(folder.Path, "my images");
        Directory.CreateDirectory(images);
        using (var image = new Image<Rgba32>(4, 3))
        {
            image.SaveAsPng(Path.Combine(images, "a.png"));
        }

        folder.Write("my images/local.lbx.json", "[\n  {\"row_data\": \"a.png\", \"global_key\": \"a\"}\n]\n");

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "my images/local.lbx.json", "--dataset", "local");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1", result.Summary("Imported"));
        Assert.Equal("0", result.Summary("Invalid (not sent)"));
        Assert.Equal("a", Assert.Single(sandbox.State.DataRows).GlobalKey);
    }

    [Theory]
    [InlineData(new[] { "--dataset", "cats", "--dataset-id", "cm0" }, "error: Give --dataset NAME (a new dataset) or --dataset-id ID (an existing one), not both")]
    [InlineData(new string[0], "error: Name the dataset: --dataset NAME creates one, --dataset-id ID imports into an existing one")]
    public void DatasetAndDatasetId_OneOfThem_ExitsTwo(string[] options, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));

        var result = Lbx.Run(folder.Path, new[] { "submit", "images.lbx.json", "--sandbox" }.Concat(options).ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output, System.StringComparison.Ordinal);
    }

    /// <summary>A folder with first/one.lbx.json (key "a"), already submitted into dataset "one", and second/two.lbx.json with these keys.</summary>
    private static TempFolder FirstSubmitted(LabelboxSandbox sandbox, string[] second)
    {
        var folder = new TempFolder();
        folder.Write("first/one.lbx.json", TestManifests.Rows("a"));
        folder.Write("second/two.lbx.json", TestManifests.Rows(second));
        Assert.Equal(0, Lbx.Run(sandbox.For(folder.Path), "submit", "first", "--dataset", "one").ExitCode);
        return folder;
    }

    [Fact]
    public void WithoutKey_AndWithoutSandbox_ExitsTwo_NamingTheVariable()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));

        var result = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset", "cats");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("LABELBOX_API_KEY is not set", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("--sandbox", result.Output, System.StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "lbx-failures.json")));
    }

    [Fact]
    public void InvalidManifest_IsNotSubmitted()
    {
        using var folder = new TempFolder();
        folder.Write("bad.lbx.json", TestManifests.Bad);

        var result = Lbx.Run(folder.Path, "submit", "bad.lbx.json", "--dataset", "cats", "--sandbox");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.lbx.json(2,16): error LBX0102", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("nothing was submitted", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TheConfiguredSeverities_ThatValidateGives_AreTheSubmits()
    {
        using var folder = new TempFolder();
        folder.Write("bad.lbx.json", TestManifests.Bad);
        folder.Write(".editorconfig", "root = true\n[*.lbx.json]\ndotnet_diagnostic.LBX0102.severity = warning\n");

        var validate = Lbx.Run(folder.Path, "validate", "bad.lbx.json");
        var submit = Lbx.Run(folder.Path, "submit", "bad.lbx.json", "--dataset", "cats", "--sandbox");

        // Lowered, as the build and validate have it: the submit does not stop at it, and the row is Labelbox's to judge.
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.DoesNotContain("nothing was submitted", submit.Output, System.StringComparison.Ordinal);
        Assert.Equal("1", submit.Summary("Imported"));
        Assert.Equal("1", submit.Summary("Refused by Labelbox"));
        Assert.Contains("failed: a: row_data: assets must start with 'https'. Found 'http://example.com/a.jpg'", submit.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AWarningConfiguredAsAnError_StopsTheSubmit_AsItFailsValidate()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", "[\n{\"row_data\": \"https://example.com/a.tif\", \"global_key\": \"a\"}\n]\n");
        folder.Write(".editorconfig", "root = true\n[*.lbx.json]\ndotnet_diagnostic.LBX0104.severity = error\n");

        var validate = Lbx.Run(folder.Path, "validate", "images.lbx.json");
        var submit = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset", "cats", "--sandbox");

        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(1, submit.ExitCode);
        Assert.Contains("images.lbx.json(2,14): error LBX0104", submit.Output, System.StringComparison.Ordinal);
        Assert.Contains("nothing was submitted", submit.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sandbox_SaysSo_AndImports()
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));

        var result = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset", "cats", "--sandbox");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("using a local sandbox", result.Output, System.StringComparison.Ordinal);
        Assert.Equal("2", result.Summary("Imported"));
    }
}
