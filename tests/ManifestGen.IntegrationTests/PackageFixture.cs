using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// Packs ManifestGen, ManifestGen.Sandbox and ManifestGen.Cli once into a folder feed under the test output with
/// the README's own command (eng/pack-local.cs), with a version of their own so no NuGet cache can serve a stale copy.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepoRoot = RepoPaths.Root;
        Version = "0.0.0-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Feed = Path.Combine(AppContext.BaseDirectory, "feed");
        if (Directory.Exists(Feed))
        {
            Directory.Delete(Feed, recursive: true);
        }

        Directory.CreateDirectory(Feed);
        PackOutput = PackLocal();
        Package = PackagePath("ManifestGen");
        SandboxPackage = PackagePath("ManifestGen.Sandbox");
        ToolPackage = PackagePath("ManifestGen.Cli");
        Work = Path.Combine(Path.GetTempPath(), "manifestgen-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Work);
    }

    public string RepoRoot { get; }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>What eng/pack-local.cs printed: the next steps a user is told.</summary>
    public string PackOutput { get; }

    /// <summary>ManifestGen's nupkg.</summary>
    public string Package { get; }

    /// <summary>ManifestGen.Sandbox's nupkg.</summary>
    public string SandboxPackage { get; }

    /// <summary>ManifestGen.Cli's nupkg, the lbx tool.</summary>
    public string ToolPackage { get; }

    /// <summary>Scratch space outside the repository, so no Directory.Build.props of ours leaks in.</summary>
    public string Work { get; }

    /// <summary>The version Directory.Packages.props pins <paramref name="id"/> to, as a consumer is given it.</summary>
    public string PinnedVersion(string id) =>
        XDocument.Load(Path.Combine(RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == id).Attribute("Version")!.Value;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    private string PackLocal()
    {
        var (exitCode, output) = DotNet.Run(RepoRoot, TimeSpan.FromMinutes(10),
            "run", Path.Combine("eng", "pack-local.cs"), "--", "--output", Feed, "--version", Version, "--no-source",
            "--artifacts-path", DotNet.ArtifactsPath("pack"));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet run eng/pack-local.cs failed:\n" + output);
        }

        return output;
    }

    private string PackagePath(string project)
    {
        string package = Path.Combine(Feed, project + "." + Version + ".nupkg");
        return File.Exists(package) ? package : throw new InvalidOperationException("eng/pack-local.cs did not write " + package);
    }
}

/// <summary>The tests that use the packages share one <see cref="PackageFixture"/>: packing takes a minute or two.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "packed ManifestGen, ManifestGen.Sandbox and ManifestGen.Cli";
}
