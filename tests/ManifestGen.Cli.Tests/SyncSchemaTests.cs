using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;

namespace ManifestGen.Cli.Tests;

/// <summary>
/// lbx submit --sync with a labelbox.metadata.json, against a sandbox over HTTP: the fields and enum options the organization
/// lacks are created before the rows are sent, the file is written again with their ids, and a conflict stops it before anything is sent.
/// </summary>
public class SyncSchemaTests
{
    private const string Declared = """
        {
          "fields": [
            {"name": "weather", "kind": "enum", "options": [{"name": "sunny"}, {"name": "snow"}]},
            {"name": "lens", "kind": "number"},
            {"name": "light", "kind": "enum", "options": [{"name": "day"}, {"name": "night"}]}
          ]
        }
        """;

    /// <summary>Row a sets the option the organization lacks and the field it lacks, by name; row b sets an option it has.</summary>
    private const string UsesThem = """
        [
          {"row_data": "https://example.com/a.jpg", "global_key": "a", "metadata_fields": [{"name": "weather", "value": "snow"}, {"name": "lens", "value": 35}]},
          {"row_data": "https://example.com/b.jpg", "global_key": "b", "metadata_fields": [{"name": "weather", "value": "sunny"}]}
        ]
        """;

    /// <summary>weather without its option snow; no lens.</summary>
    private static SandboxOptions Organization(params SandboxMetadataField[] more)
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny", "rain"));
        foreach (SandboxMetadataField field in more)
        {
            options.CustomMetadataFields.Add(field);
        }

        return options;
    }

    [Fact]
    public async Task ASync_CreatesTheMissingFieldAndOption_WritesTheirIds_AndStoresTheRowsWithThem_ThenASecondSyncCreatesAndSendsNothing()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(Organization());
        using var folder = new TempFolder();
        string dataset = await SandboxSetup.CreateDatasetAsync(sandbox);
        string file = folder.Write("labelbox.metadata.json", Declared);
        folder.Write("images.lbx.json", UsesThem);

        var sync = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);

        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Contains("Added to metadata field 'weather' the options 'snow'", sync.Lines);
        Assert.Contains("Created metadata field 'lens' (number)", sync.Lines);
        Assert.Contains("Created metadata field 'light' (enum: day, night)", sync.Lines);
        Assert.Contains("wrote labelbox.metadata.json: 3 fields with their schema ids", sync.Said, StringComparison.Ordinal);
        Assert.Equal(("2", "0", "0"), (sync.Summary("Created"), sync.Summary("Updated"), sync.Summary("Failed")));
        Assert.Equal(["weather", "lens", "light"], sandbox.State.CustomMetadataFieldNames);

        // The rows named the new field and option; they are stored with the ids the organization gave them.
        MetadataOntology organization = await SandboxSetup.ReadOrganizationAsync(sandbox);
        OntologyField weather = organization.FindByName("weather")!;
        OntologyField lens = organization.FindByName("lens")!;
        string snow = weather.Options.Single(o => o.Name == "snow").SchemaId;
        SandboxDataRow a = sandbox.State.FindByGlobalKey("a")!;
        Assert.Equal([(weather.SchemaId, (object)snow), (lens.SchemaId, 35.0)], a.Metadata.Select(m => (m.SchemaId, m.Value)).OrderBy(m => m.SchemaId == lens.SchemaId));
        Assert.Equal(weather.Options.Single(o => o.Name == "sunny").SchemaId, Assert.Single(sandbox.State.FindByGlobalKey("b")!.Metadata).Value);

        string written = File.ReadAllText(file);
        Assert.Contains("\"schema_id\": \"" + lens.SchemaId + "\"", written, StringComparison.Ordinal);
        Assert.Contains("\"schema_id\": \"" + snow + "\"", written, StringComparison.Ordinal);
        var validate = Lbx.Run(folder.Path, "validate", "labelbox.metadata.json", "images.lbx.json");
        Assert.True(validate.ExitCode == 0, validate.ToString());

        long schemaUpserts = sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi");
        long rowUpserts = sandbox.State.Requests("UpsertDataRowsPyApi");
        var again = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing to send: 2 rows unchanged.", again.Lines);
        Assert.DoesNotContain("metadata field", again.Output, StringComparison.Ordinal);
        Assert.Equal((schemaUpserts, rowUpserts), (sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"), sandbox.State.Requests("UpsertDataRowsPyApi")));
        Assert.Equal(written, File.ReadAllText(file));
    }

    [Fact]
    public async Task AConflict_ExitsOne_BeforeAFieldIsCreatedOrARowSent()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(Organization(new SandboxMetadataField("lens", SandboxMetadataKind.String)));
        using var folder = new TempFolder();
        string dataset = await SandboxSetup.CreateDatasetAsync(sandbox);
        folder.Write("labelbox.metadata.json", Declared);
        folder.Write("images.lbx.json", UsesThem);
        long rowUpserts = sandbox.State.Requests("UpsertDataRowsPyApi");

        var sync = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);

        Assert.True(sync.ExitCode == 1, sync.ToString());
        Assert.Contains("error: labelbox.metadata.json: the organization's field 'lens' is a string field, declared as a number one", sync.Output, StringComparison.Ordinal);
        Assert.Contains("error: A sync never changes a field's kind; resolve the conflicts, then sync again. Nothing was created or submitted.", sync.Output,
            StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
        Assert.Equal(rowUpserts, sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(0, sandbox.State.RowCount(dataset));
        Assert.Equal(["weather", "lens"], sandbox.State.CustomMetadataFieldNames);
        Assert.Equal(["sunny", "rain"], (await SandboxSetup.ReadOrganizationAsync(sandbox)).FindByName("weather")!.Options.Select(o => o.Name));
        Assert.Equal(Declared, File.ReadAllText(Path.Combine(folder.Path, "labelbox.metadata.json")));
        Assert.False(File.Exists(Path.Combine(folder.Path, ".lbx-journal.jsonl")));
    }

    [Fact]
    public async Task ASyncIntoADatasetThatDoesNotExist_CreatesNoField_AndSendsNoRow()
    {
        // The dataset is checked before anything else: a mistyped --dataset-id must not leave new fields in the organization.
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(Organization());
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", Declared);
        folder.Write("images.lbx.json", UsesThem);

        var sync = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--sync", "--dataset-id", "cmnosuchdataset0000000000");

        Assert.True(sync.ExitCode == 1, sync.ToString());
        Assert.Contains("error: There is no dataset with id 'cmnosuchdataset0000000000' that this API key can see; nothing was sent."
            + " Check --dataset-id (and --endpoint), or give --dataset NAME to create a dataset.", sync.Lines);
        Assert.Equal(0, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
        Assert.Equal(0, sandbox.State.Requests("UpsertDataRowsPyApi"));
        Assert.Equal(["weather"], sandbox.State.CustomMetadataFieldNames);
        Assert.Equal(Declared, File.ReadAllText(Path.Combine(folder.Path, "labelbox.metadata.json")));
        Assert.False(File.Exists(Path.Combine(folder.Path, ".lbx-journal.jsonl")));
    }

    [Fact]
    public async Task ACancelledSync_ThatCreatedTheFields_Resumes()
    {
        SandboxOptions slow = Organization();
        slow.TaskStartDelay = TimeSpan.FromMilliseconds(500); // time to cancel between the tasks
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(slow);
        using var folder = new TempFolder();
        string dataset = await SandboxSetup.CreateDatasetAsync(sandbox);
        folder.Write("labelbox.metadata.json", Declared);
        folder.Write("images.lbx.json", UsesThem);
        Lbx.Setup setup = sandbox.For(folder.Path) with { ConfigureClient = o => o.MaxRowsPerTask = 1 };
        using var cancellation = new CancellationTokenSource();
        Task watcher = sandbox.CancelAtTheNextTask(cancellation);

        var cancelled = Lbx.Run(setup with { Cancellation = cancellation.Token }, "submit", "images.lbx.json", "--sync", "--dataset-id", dataset);
        await watcher;
        Assert.True(cancelled.ExitCode == 130, cancelled.ToString());
        Assert.Equal(["weather", "lens", "light"], sandbox.State.CustomMetadataFieldNames);
        long schemaUpserts = sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi");

        var resume = Lbx.Run(setup, "resume", ".lbx-journal.jsonl", "images.lbx.json");

        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal(("yes", "2"), (resume.Summary("Resumed"), resume.Summary("Created")));
        Assert.Equal(schemaUpserts, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
        Assert.Equal(2, sandbox.State.RowCount(dataset));
    }
}
