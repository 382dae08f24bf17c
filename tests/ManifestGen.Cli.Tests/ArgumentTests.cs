using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManifestGen.Sandbox;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>Command-line mistakes say what is wrong and exit 2; help and version everywhere; no ANSI codes in files and pipes.</summary>
public class ArgumentTests
{
    private static Lbx.Result RunIn(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("ok.lbx.json", TestManifests.Rows("a"));
        return Lbx.Run(folder.Path, args);
    }

    [Theory]
    [InlineData(new[] { "validate", "--bogus" }, "Unknown option 'bogus'")]
    [InlineData(new[] { "validate", "missing.lbx.json" }, "'missing.lbx.json' does not exist")]
    [InlineData(new[] { "validate", "nowhere/**/*.lbx.json" }, "No .lbx.json files match 'nowhere/**/*.lbx.json'")]
    [InlineData(new[] { "validate", "--format", "xml" }, "Unknown format 'xml'; use msbuild, json or sarif")]
    [InlineData(new[] { "validate", "--format" }, "error: --format needs a value: msbuild, json or sarif")]
    [InlineData(new[] { "validate", "ok.lbx.json", "--format" }, "error: --format needs a value: msbuild, json or sarif")]
    [InlineData(new[] { "submit", "ok.lbx.json", "--sandbox", "--dataset" }, "error: --dataset needs a value")]
    [InlineData(new[] { "submit", "ok.lbx.json", "--dataset", "--sandbox" }, "error: --dataset needs a value")]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    [InlineData(new[] { "init", "a", "b" }, "Could not match 'b' with an argument")]
    public void BadArguments_ExplainAndExitTwo(string[] args, string expected)
    {
        var result = RunIn(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_PrintsTheHelp_AndExitsTwo_AsGitAndDotnetFailIt()
    {
        var result = RunIn();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("USAGE:", result.Lines[0]);
        Assert.Contains(result.Lines, l => l.TrimStart().StartsWith("submit <manifests>", System.StringComparison.Ordinal));
        Assert.DoesNotContain(result.Lines, l => l.StartsWith("error:", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("preflight")]
    [InlineData("init", "starter")]
    public void CtrlC_EndsTheCommand_WithExitCode130(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("ok.lbx.json", TestManifests.Rows("a"));
        folder.Write("local.lbx.json", "[{\"row_data\": \"images/a.png\", \"global_key\": \"l\"}]");
        using var cancellation = new System.Threading.CancellationTokenSource();
        cancellation.Cancel();

        var result = Lbx.Run(new Lbx.Setup(folder.Path) { Cancellation = cancellation.Token }, args);

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Equal("error: Cancelled.", result.Lines[^1]);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "starter")), "init writes nothing once cancelled");
    }

    [Theory]
    [InlineData("plan", "ok.lbx.json", "--dataset-id", Dataset)]
    [InlineData("schema", "pull")]
    [InlineData("schema", "push", "--yes")]
    public async Task CtrlC_EndsTheCommandsThatAskLabelbox_WithExitCode130(params string[] args)
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        string dataset = await SandboxSetup.CreateDatasetAsync(sandbox);
        using var folder = new TempFolder();
        folder.Write("ok.lbx.json", TestManifests.Rows("a"));
        folder.Write("labelbox.metadata.json", "{\"fields\": [{\"name\": \"lens\", \"kind\": \"number\"}]}");
        using var cancellation = new System.Threading.CancellationTokenSource();
        cancellation.Cancel();

        var result = Lbx.Run(sandbox.For(folder.Path) with { Cancellation = cancellation.Token }, System.Array.ConvertAll(args, a => a == Dataset ? dataset : a));

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Equal("error: Cancelled.", result.Lines[^1]);
        Assert.Empty(sandbox.State.CustomMetadataFieldNames);
    }

    private const string Dataset = "<dataset>";

    [Fact]
    public void AFolderWithoutManifests_IsAUsageError()
    {
        using var folder = new TempFolder();
        var result = Lbx.Run(folder.Path, "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No .lbx.json files found in .", result.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("init", "-h")]
    [InlineData("submit", "--help")]
    [InlineData("resume", "--help")]
    [InlineData("plan", "--help")]
    [InlineData("schema", "pull", "--help")]
    [InlineData("schema", "push", "--help")]
    [InlineData("sandbox", "--help")]
    public void Help_IsEverywhere(params string[] args)
    {
        var result = RunIn(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("USAGE:", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("lbx", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Help_QuotesItsGlobExamples_SoNoShellExpandsThem()
    {
        // Unquoted, bash without globstar reads ** as * and would hand lbx only one folder level.
        var result = RunIn("validate", "--help");
        Assert.Contains("lbx validate \"data/**/*.lbx.json\" --format sarif", result.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("init")]
    [InlineData("preflight")]
    [InlineData("submit")]
    [InlineData("resume")]
    [InlineData("plan")]
    [InlineData("schema", "pull")]
    [InlineData("schema", "push")]
    [InlineData("sandbox")]
    public void EveryHelpExample_QuotesItsGlobs(params string[] command)
    {
        var result = RunIn([.. command, "--help"]);

        string[] examples = result.Lines.SkipWhile(l => l.Trim() != "EXAMPLES:").Skip(1)
            .TakeWhile(l => l.TrimStart().StartsWith("lbx", System.StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.True(GlobsQuoted(example), "unquoted glob in lbx help: " + example));
    }

    [Fact]
    public void EveryLbxLineOfTheReadmesCodeBlocks_QuotesItsGlobs()
    {
        string[] lines = File.ReadAllLines(RepoPaths.Combine("README.md"));
        bool inBlock = false;
        var commands = new System.Collections.Generic.List<string>();
        foreach (string line in lines)
        {
            if (line.StartsWith("```", System.StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (inBlock && line.IndexOf("lbx ", System.StringComparison.Ordinal) is int at and >= 0 && (at == 0 || line[at - 1] == ' '))
            {
                commands.Add(line[at..]);
            }
        }

        Assert.True(commands.Count >= 10, string.Join("\n", commands));
        Assert.All(commands, command => Assert.True(GlobsQuoted(command), "README.md: unquoted glob in: " + command));
    }

    /// <summary>Whether every * of a command line (before its # comment) is inside double quotes, where no shell expands it.</summary>
    private static bool GlobsQuoted(string commandLine)
    {
        string unquoted = System.Text.RegularExpressions.Regex.Replace(commandLine, "\"[^\"]*\"", "\"\"");
        int comment = unquoted.IndexOf(" #", System.StringComparison.Ordinal);
        return (comment < 0 ? unquoted : unquoted[..comment]).IndexOf('*', System.StringComparison.Ordinal) < 0;
    }

    [Fact]
    public void Version_PrintsTheBuildVersion()
    {
        var result = RunIn("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(LbxApp.Version, result.Output.Trim());
        Assert.StartsWith("0.1.0", LbxApp.Version, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "1")]
    public void RedirectedOrNoColor_WritesNoAnsiCodes(bool redirected, string? noColor)
    {
        using var folder = new TempFolder();
        folder.Write("bad.lbx.json", TestManifests.Bad);
        var output = new StringWriter();

        int exitCode = LbxApp.Run(new[] { "validate" }, LbxConsole.Create(output, redirected, noColor), folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.lbx.json(2,16): error LBX0102:", output.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output.ToString());
    }
}
