using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.Manifests;

/// <summary>
/// A manifest's path as a message names it: relative to the project folder (build_property.ProjectDir, which the
/// SDK makes visible to analyzers), e.g. "data/sub/cats.lbx.json"; a file outside it, or a build without the
/// property, keeps its full path.
/// </summary>
internal sealed class ProjectPaths
{
    public const string ProjectDirProperty = "build_property.ProjectDir";

    private readonly string? _projectDir;

    private ProjectPaths(string? projectDir)
    {
        _projectDir = projectDir;
    }

    public static ProjectPaths From(AnalyzerConfigOptions globalOptions) =>
        new(globalOptions.TryGetValue(ProjectDirProperty, out string? dir) && !string.IsNullOrEmpty(dir) ? WithSeparator(dir) : null);

    public string Show(string path) =>
        _projectDir != null && path.StartsWith(_projectDir, StringComparison.Ordinal) ? path.Substring(_projectDir.Length) : path;

    private static string WithSeparator(string dir) => dir.EndsWith("/", StringComparison.Ordinal) || dir.EndsWith("\\", StringComparison.Ordinal) ? dir : dir + "/";
}
