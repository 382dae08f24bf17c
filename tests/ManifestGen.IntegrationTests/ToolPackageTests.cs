using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// The packed tool as a user gets it: packed into a folder by the README's eng/pack-local.cs, dotnet tool install
/// from that folder (added to the configured sources, none named), then lbx run as a process with redirected output.
/// </summary>
[Collection(PackageCollection.Name)]
public class ToolPackageTests
{
    private readonly PackageFixture _package;

    public ToolPackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void PackLocal_WithAVersion_NamesItInBothNextSteps()
    {
        // A version other than the repository's is not the newest in the feed: without --version the add would take another.
        Assert.Contains("dotnet add package ManifestGen --version " + _package.Version + " ", _package.PackOutput, StringComparison.Ordinal);
        Assert.Contains("(after: dotnet nuget add source \"" + _package.Feed + "\" --name ", _package.PackOutput, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global ManifestGen.Cli --add-source \"" + _package.Feed + "\" --version " + _package.Version,
            _package.PackOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackedTool_Installs_Validates_SubmitsToTheSandbox_AndRunsOne()
    {
        string version = _package.Version;
        Assert.True(File.Exists(_package.ToolPackage));

        using var work = new TempFolder();
        string lbx = InstalledTool.Install(_package, work.Path);
        var versionRun = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "--version");
        Assert.Equal(0, versionRun.ExitCode);
        Assert.StartsWith(version, versionRun.Output.Trim(), StringComparison.Ordinal);

        work.Write("data/bad.lbx.json", TestManifests.Bad);
        var validate = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "validate", "data");
        Assert.True(validate.ExitCode == 1, validate.Output);
        Assert.Contains(
            Path.Combine("data", "bad.lbx.json") + "(2,16): error LBX0102: row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'",
            validate.Output,
            StringComparison.Ordinal);
        Assert.Contains("1 error, 1 warning in 1 file", validate.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', validate.Output);

        // The command line's edges as the installed tool shows them: no command is the usage and a failure, as git and
        // dotnet fail it; --format without a value lists the values.
        var bare = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1));
        Assert.True(bare.ExitCode == 2, bare.Output);
        Assert.StartsWith("USAGE:", bare.Output.TrimStart(), StringComparison.Ordinal);
        var noFormat = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "validate", "data", "--format");
        Assert.True(noFormat.ExitCode == 2, noFormat.Output);
        Assert.Contains("error: --format needs a value: msbuild, json or sarif", noFormat.Output, StringComparison.Ordinal);

        // The sandbox ships inside the tool (ASP.NET Core from the shared framework): one small import.
        work.Write("good/images.lbx.json", TestManifests.Rows("a", "b"));
        var submit = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "submit", "good", "--dataset", "tool", "--sandbox");
        Assert.True(submit.ExitCode == 0, submit.Output);
        Assert.Contains("using a local sandbox", submit.Output, StringComparison.Ordinal);
        Assert.Contains("Import summary", submit.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', submit.Output);

        // lbx sandbox from the installed tool: started on a free port with a data folder, imported into, stopped by SIGTERM.
        await using (RunningProcess sandbox = RunningProcess.Start(DotNet.StartInfo(lbx, work.Path, Array.Empty<(string, string)>(), Array.Empty<string>(),
            "sandbox", "--port", "0", "--data", "sandbox-data")))
        {
            string banner = await sandbox.LineAsync("Labelbox sandbox listening: GraphQL at ", TimeSpan.FromMinutes(1));
            string endpoint = banner.Split(' ')[5];
            var into = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "submit", "good", "--dataset", "standalone", "--endpoint", endpoint);
            Assert.True(into.ExitCode == 0, into.Output);
            Assert.True(File.Exists(Path.Combine(work.Path, "sandbox-data", "sandbox.db")), sandbox.Output);

            // --dataset-id imports into the dataset that submit created; an id naming none stops before anything is sent.
            string dataset = Regex.Match(into.Output, @"Dataset\W+(\w+)").Groups[1].Value;
            work.Write("more/images.lbx.json", TestManifests.Rows("c"));
            var existing = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "submit", "more", "--dataset-id", dataset, "--endpoint", endpoint);
            Assert.True(existing.ExitCode == 0, existing.Output);
            Assert.Matches(@"Dataset\W+" + dataset, existing.Output);
            Assert.Matches(@"Imported\W+1\b", existing.Output);
            var missing = DotNet.RunProgram(lbx, work.Path, TimeSpan.FromMinutes(1), "submit", "more", "--dataset-id", "cmnosuchdataset0000000000", "--endpoint", endpoint);
            Assert.True(missing.ExitCode == 1, missing.Output);
            Assert.Contains("error: There is no dataset with id 'cmnosuchdataset0000000000' that this API key can see; nothing was sent.", missing.Output, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.True(await sandbox.TerminateAsync(TimeSpan.FromSeconds(30)) == 0, sandbox.Output);
                Assert.EndsWith("Sandbox stopped.", sandbox.Output.TrimEnd(), StringComparison.Ordinal);
            }
        }
    }
}
