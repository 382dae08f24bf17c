using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// Packs ManifestGen and ManifestGen.Sandbox once into a folder feed under the test output, with a version
/// of their own so no NuGet cache can serve a stale copy.
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
        Package = Pack("ManifestGen");
        SandboxPackage = Pack("ManifestGen.Sandbox");
        Work = Path.Combine(Path.GetTempPath(), "manifestgen-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Work);
    }

    public string RepoRoot { get; }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>ManifestGen's nupkg.</summary>
    public string Package { get; }

    /// <summary>ManifestGen.Sandbox's nupkg.</summary>
    public string SandboxPackage { get; }

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

    private string Pack(string project)
    {
        var (exitCode, output) = DotNet.Run(RepoRoot, TimeSpan.FromMinutes(5),
            "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false",
            "--artifacts-path", DotNet.ArtifactsPath("pack"));
        string package = Path.Combine(Feed, project + "." + Version + ".nupkg");
        if (exitCode != 0 || !File.Exists(package))
        {
            throw new InvalidOperationException("dotnet pack " + project + " failed:\n" + output);
        }

        return package;
    }
}

/// <summary>The tests that use the packages share one <see cref="PackageFixture"/>: packing takes a minute or two.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "packed ManifestGen and ManifestGen.Sandbox";
}
