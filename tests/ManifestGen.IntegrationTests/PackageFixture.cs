using System;
using System.IO;
using System.Linq;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// Packs ManifestGen once into a folder feed under the test output, with a version of its own so
/// no NuGet cache can serve a stale copy.
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
        var (exitCode, output) = DotNet.Run(RepoRoot, TimeSpan.FromMinutes(5),
            "pack", Path.Combine("src", "ManifestGen", "ManifestGen.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false",
            "--artifacts-path", DotNet.ArtifactsPath("pack"));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }

        Package = Directory.GetFiles(Feed, "*.nupkg").Single();
        Work = Path.Combine(Path.GetTempPath(), "manifestgen-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Work);
    }

    public string RepoRoot { get; }

    public string Version { get; }

    public string Feed { get; }

    public string Package { get; }

    /// <summary>Scratch space outside the repository, so no Directory.Build.props of ours leaks in.</summary>
    public string Work { get; }

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
}
