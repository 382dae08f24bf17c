using System.IO;

namespace ManifestGen.Testing;

/// <summary>Finds files of the repository from a test's output folder (linked into each test project).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ManifestGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("ManifestGen.sln not found above " + System.AppContext.BaseDirectory);
    }
}
