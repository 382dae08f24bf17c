using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;

namespace ManifestGen.Cli.Tests;

/// <summary>
/// lbx plan against a sandbox over HTTP: what a submit into an existing dataset would do, in each format, with
/// terraform's detailed exit codes (0 nothing would change, 2 something would, 1 an error).
/// </summary>
public class PlanTests
{
    [Fact]
    public async Task ASettledDataset_PlansNothing_AndExitsZero_ThenAnEditedManifest_ExitsTwoWithWhatDiffers()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));
        string dataset = await ImportAsync(sandbox, folder, "images.lbx.json");

        var settled = Lbx.Run(folder.Path, "plan", "images.lbx.json", "--dataset-id", dataset, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);

        Assert.True(settled.ExitCode == 0, settled.ToString());
        Assert.Contains("Nothing would change.", settled.Output, StringComparison.Ordinal);

        folder.Write("images.lbx.json", TestManifests.Rows("a", "c").Replace("\"global_key\": \"a\"", "\"global_key\": \"a\", \"external_id\": \"renamed.jpg\"", StringComparison.Ordinal));
        var edited = Lbx.Run(folder.Path, "plan", "images.lbx.json", "--dataset-id", dataset, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);

        Assert.True(edited.ExitCode == 2, edited.ToString());
        Assert.Contains("~ changed a (images.lbx.json row 1) external_id: (none) -> renamed.jpg", edited.Said, StringComparison.Ordinal);
        Assert.Contains("+ new c (images.lbx.json row 2)", edited.Said, StringComparison.Ordinal);
        Assert.Contains("? not in manifests b", edited.Said, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.RowsUpdated);
    }

    [Fact]
    public async Task JsonAndMarkdown_SayTheSame()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        string dataset = await ImportAsync(sandbox, folder, "images.lbx.json");
        folder.Write("images.lbx.json", TestManifests.Rows("a", "new").Replace("\"global_key\": \"a\"", "\"global_key\": \"a\", \"external_id\": \"x|y\"", StringComparison.Ordinal));

        var json = Lbx.Run(folder.Path, "plan", "images.lbx.json", "--dataset-id", dataset, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri, "--format", "json");
        var markdown = Lbx.Run(folder.Path, "plan", "images.lbx.json", "--dataset-id", dataset, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri, "--format", "markdown");

        Assert.True(json.ExitCode == 2, json.ToString());
        using JsonDocument document = JsonDocument.Parse(json.Output);
        Assert.Equal(1, document.RootElement.GetProperty("counts").GetProperty("new").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("counts").GetProperty("unchanged").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("counts").GetProperty("changed").GetInt32());
        Assert.Equal(
            ["changed a external_id x|y", "new new"],
            document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("change").GetString() + " " + r.GetProperty("globalKey").GetString()
                + string.Concat(r.GetProperty("differences").EnumerateArray().Select(d => " " + d.GetProperty("field").GetString() + " " + d.GetProperty("after").GetString()))));
        Assert.True(markdown.ExitCode == 2, markdown.ToString());
        Assert.Contains("| new | 1 |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("- `new` (`images.lbx.json row 2`)", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| `a` | `external_id` | `(none)` | `x\\|y` |", markdown.Output, StringComparison.Ordinal); // a pipe would end the cell
    }

    [Theory]
    [InlineData("--dataset-id ck000000000000000000nobody", 1, "ck000000000000000000nobody")]
    [InlineData("--format yaml --dataset-id x", 1, "Unknown format 'yaml'; use text, json or markdown")]
    [InlineData("", 1, "Name the dataset to compare with: --dataset-id ID")]
    [InlineData("--dataset-id x --no-such-option", 2, "Unknown option 'no-such-option'")]
    public async Task Mistakes_AreNamed(string options, int exitCode, string expected)
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));

        var result = Lbx.Run(folder.Path, ["plan", "images.lbx.json", "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(expected, result.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingMetadataField_IsPlannedBeforeTheRows_InEachFormat_AndExitsTwo()
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny"));
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        string dataset = await ImportAsync(sandbox, folder, "images.lbx.json");
        folder.Write("labelbox.metadata.json",
            "{\"fields\": [{\"name\": \"weather\", \"kind\": \"enum\", \"options\": [{\"name\": \"sunny\"}, {\"name\": \"snow\"}]}, {\"name\": \"lens\", \"kind\": \"number\"}]}");
        string[] plan = ["plan", "images.lbx.json", "--dataset-id", dataset, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri];

        var text = Lbx.Run(folder.Path, plan);
        var json = Lbx.Run(folder.Path, [.. plan, "--format", "json"]);
        var markdown = Lbx.Run(folder.Path, [.. plan, "--format", "markdown"]);

        Assert.True(text.ExitCode == 2, text.ToString());
        Assert.Contains("Metadata schema (labelbox.metadata.json): + options weather: snow + missing lens (number) 1 field missing, 1 field missing options, 0 unchanged, 0 conflicts Plan for dataset",
            text.Said, StringComparison.Ordinal);
        Assert.EndsWith("lbx submit --sync (or lbx schema push) would create metadata fields or options; the dataset's rows would not change.", text.Said.Trim(), StringComparison.Ordinal);
        Assert.True(json.ExitCode == 2, json.ToString());
        using JsonDocument document = JsonDocument.Parse(json.Output);
        Assert.True(document.RootElement.GetProperty("hasChanges").GetBoolean());
        JsonElement schema = Assert.Single(document.RootElement.GetProperty("metadataSchema").EnumerateArray());
        Assert.Equal("labelbox.metadata.json", schema.GetProperty("file").GetString());
        Assert.Equal(
            ["weather missingOptions snow", "lens missing "],
            schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString() + " " + f.GetProperty("change").GetString() + " "
                + string.Join(",", f.GetProperty("missingOptions").EnumerateArray().Select(o => o.GetString()))));
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("fields")[1].GetProperty("schemaId").ValueKind);
        Assert.True(markdown.ExitCode == 2, markdown.ToString());
        Assert.Contains("#### Metadata schema (`labelbox.metadata.json`)\n\n| Field | Kind | Change | Detail |\n| --- | --- | --- | --- |\n"
            + "| `weather` | enum | missing options | `options snow` |\n| `lens` | number | missing |  |\n", markdown.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
    }

    [Fact]
    public async Task AMetadataFieldOfAnotherKind_IsAConflict_AndExitsOne()
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("lens", SandboxMetadataKind.String));
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        string dataset = await ImportAsync(sandbox, folder, "images.lbx.json");
        folder.Write("labelbox.metadata.json", "{\"fields\": [{\"name\": \"lens\", \"kind\": \"number\"}]}");

        var result = Lbx.Run(folder.Path, "plan", "images.lbx.json", "--dataset-id", dataset, "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("! conflict lens: the organization's field 'lens' is a string field, declared as a number one", result.Said, StringComparison.Ordinal);
        Assert.EndsWith("A metadata field conflicts with the organization's; resolve it before a submit.", result.Said.Trim(), StringComparison.Ordinal);
    }

    private static async Task<string> ImportAsync(LabelboxSandbox sandbox, TempFolder folder, string manifest)
    {
        var submit = Lbx.Run(folder.Path, "submit", manifest, "--dataset", "planned", "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);
        Assert.True(submit.ExitCode == 0, submit.ToString());
        return Assert.Single(sandbox.State.Datasets).Id;
    }
}
