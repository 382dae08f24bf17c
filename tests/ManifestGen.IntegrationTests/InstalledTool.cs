using System;
using System.IO;

namespace ManifestGen.IntegrationTests;

/// <summary>The packed lbx tool installed as a user installs it: dotnet tool install from the folder feed, into a folder of its own.</summary>
internal static class InstalledTool
{
    /// <summary>Installs the tool under <paramref name="folder"/> and returns the path of lbx.</summary>
    public static string Install(PackageFixture package, string folder)
    {
        Directory.CreateDirectory(folder);
        string tools = Path.Combine(folder, "tools");
        // A package folder of its own, so the test version never lands in the user's NuGet cache.
        var install = DotNet.RunProgram("dotnet", folder, TimeSpan.FromMinutes(3), new[] { ("NUGET_PACKAGES", Path.Combine(folder, "packages")) },
            "tool", "install", "--tool-path", tools, "--add-source", package.Feed, "ManifestGen.Cli", "--version", package.Version);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "lbx.exe" : "lbx");
    }
}
