// Packs ManifestGen, ManifestGen.Sandbox and ManifestGen.Cli from this clone into a local folder feed and
// adds that folder as a NuGet source, so the README's `dotnet add package` and `dotnet tool install` work
// before the packages are on nuget.org.
//
//   dotnet run eng/pack-local.cs                      packs into ~/manifestgen-feed and adds it as 'manifestgen-local'
//   dotnet run eng/pack-local.cs -- --output DIR      another folder
//   dotnet run eng/pack-local.cs -- --no-source       pack only; leave the NuGet sources alone
//   dotnet run eng/pack-local.cs -- --version V       another package version (default: the repository's)
//
// A C# file rather than a shell script: it runs wherever the .NET SDK does, with nothing else installed.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

string[] packages = ["ManifestGen", "ManifestGen.Sandbox", "ManifestGen.Cli"];
const string SourceName = "manifestgen-local";

string root = FindRepositoryRoot(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory);
string output = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "manifestgen-feed");
string? version = null;
string? artifactsPath = null;
bool addSource = true;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--output" when i + 1 < args.Length:
            output = Path.GetFullPath(args[++i]);
            break;
        case "--version" when i + 1 < args.Length:
            version = args[++i];
            break;
        case "--artifacts-path" when i + 1 < args.Length:
            artifactsPath = Path.GetFullPath(args[++i]);
            break;
        case "--no-source":
            addSource = false;
            break;
        default:
            Console.Error.WriteLine($"pack-local: unknown or incomplete option '{args[i]}'. Options: --output DIR, --version V, --no-source, --artifacts-path DIR.");
            return 2;
    }
}

Directory.CreateDirectory(output);
foreach (string package in packages)
{
    var pack = new List<string> { "pack", Path.Combine(root, "src", package, package + ".csproj"), "-c", "Release", "-o", output, "-nodeReuse:false" };
    if (version is not null)
    {
        pack.Add("-p:Version=" + version);
    }

    if (artifactsPath is not null)
    {
        pack.AddRange(["--artifacts-path", artifactsPath]);
    }

    Console.WriteLine($"Packing {package}…");
    var (exitCode, text) = Dotnet(pack);
    if (exitCode != 0)
    {
        Console.Error.WriteLine(text);
        Console.Error.WriteLine($"pack-local: dotnet pack {package} failed (exit {exitCode}).");
        return 1;
    }
}

ForgetCachedCopies(version ?? RepositoryVersion(root));
if (addSource)
{
    AddSource(output);
}

// Another version than the repository's is not the newest the feed has, so both lines name it.
string versionOption = version is null ? "" : " --version " + version;
Console.WriteLine($"""

    Packed {string.Join(", ", packages)} into {output}.
    Next:
      dotnet add package ManifestGen{versionOption}                                  # in your project{(addSource ? "" : $" (after: dotnet nuget add source \"{output}\" --name {SourceName})")}
      dotnet tool install --global ManifestGen.Cli --add-source "{output}"{versionOption}
    """);
return 0;

// NuGet caches a package by id and version forever; a re-pack of the same version would otherwise never be seen.
void ForgetCachedCopies(string packageVersion)
{
    var (exitCode, text) = Dotnet(["nuget", "locals", "global-packages", "--list"]);
    string? folder = exitCode == 0 ? text.Split(':', 2).ElementAtOrDefault(1)?.Trim() : null;
    if (string.IsNullOrEmpty(folder))
    {
        return;
    }

    foreach (string package in packages)
    {
        string cached = Path.Combine(folder, package.ToLowerInvariant(), packageVersion.ToLowerInvariant());
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
            Console.WriteLine($"Removed the cached {package} {packageVersion}, so restores take the new one.");
        }
    }
}

void AddSource(string folder)
{
    var (_, sources) = Dotnet(["nuget", "list", "source", "--format", "short"]);
    if (sources.Split('\n').Any(line => line.Trim().EndsWith(" " + folder, StringComparison.Ordinal)))
    {
        return;
    }

    var (exitCode, text) = Dotnet(["nuget", "add", "source", folder, "--name", SourceName]);
    if (exitCode != 0)
    {
        // The name is taken by another folder (an earlier --output): point it here.
        (exitCode, text) = Dotnet(["nuget", "update", "source", SourceName, "--source", folder]);
    }

    Console.WriteLine(exitCode == 0
        ? $"Added {folder} as the NuGet source '{SourceName}'."
        : $"Could not add the NuGet source ({text.Trim()}); add it yourself: dotnet nuget add source \"{folder}\" --name {SourceName}");
}

static (int ExitCode, string Output) Dotnet(IEnumerable<string> arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (string argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var error = process.StandardError.ReadToEndAsync();
    string text = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, text + error.Result);
}

static string RepositoryVersion(string root) =>
    System.Xml.Linq.XDocument.Load(Path.Combine(root, "Directory.Build.props")).Descendants("Version").First().Value;

static string FindRepositoryRoot(string start)
{
    for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "ManifestGen.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("pack-local: run it from a clone of the ManifestGen repository.");
}
