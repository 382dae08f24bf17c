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

    private static async Task<string> ImportAsync(LabelboxSandbox sandbox, TempFolder folder, string manifest)
    {
        var submit = Lbx.Run(folder.Path, "submit", manifest, "--dataset", "planned", "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);
        Assert.True(submit.ExitCode == 0, submit.ToString());
        return Assert.Single(sandbox.State.Datasets).Id;
    }
}
