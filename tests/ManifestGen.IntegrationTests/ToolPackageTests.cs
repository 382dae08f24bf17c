using System;
using System.IO;
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
            if (!OperatingSystem.IsWindows())
            {
                Assert.True(await sandbox.TerminateAsync(TimeSpan.FromSeconds(30)) == 0, sandbox.Output);
                Assert.EndsWith("Sandbox stopped.", sandbox.Output.TrimEnd(), StringComparison.Ordinal);
            }
        }
    }
}
