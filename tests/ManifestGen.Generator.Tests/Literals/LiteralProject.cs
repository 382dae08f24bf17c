using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Literals;

/// <summary>
/// Builds C# files in /p/ with the package's generators and analyzers (<see cref="ProjectRunner"/>)
/// and prints what the build prints, with the file name alone: "Photos.cs(7,31): error LBX2001: …".
/// </summary>
internal static class LiteralProject
{
    private const string Folder = "/p/";

    public static ImmutableArray<Diagnostic> Run(IEnumerable<(string Name, string Text)> files, string? schema = null) =>
        ProjectRunner.Run(
            files.Select(f => (Folder + f.Name, f.Text)),
            schema == null ? null : new[] { (Folder + "labelbox.metadata.json", schema) });

    /// <summary>Photos.cs (and labelbox.metadata.json when <paramref name="schema"/> is given), formatted.</summary>
    public static string[] Lines(string photos, string? schema = null) => Format(Run(new[] { ("Photos.cs", photos) }, schema));

    public static string[] Format(IEnumerable<Diagnostic> diagnostics) =>
        AnalyzerRunner.Format(diagnostics)
            .Select(l => l.StartsWith(Folder, System.StringComparison.Ordinal) ? l.Substring(Folder.Length) : l)
            .ToArray();

    /// <summary>A file with <paramref name="body"/> as the body of a method, line 6 onwards.</summary>
    public static string InMethod(string body) =>
        "using System;\nusing ManifestGen;\n\npublic static class Photos\n{\n    public static object Build(string url)\n    {\n" + body + "\n    }\n}\n";
}
