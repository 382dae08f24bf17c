using System;
using System.Linq;
using System.Text.RegularExpressions;
using ManifestGen.Testing;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// A consumer project whose manifests are configured every way a C# file can be: `.editorconfig`
/// sections `[*]`, `[*.lbx.json]` and `[data/**.lbx.json]`, a nested `.editorconfig` overriding its
/// parent with `none` and a category key, a `root = true` file cutting off its parent, a
/// `.globalconfig`, and `&lt;NoWarn&gt;`/`&lt;WarningsAsErrors&gt;` on top.
/// </summary>
internal static class SeverityTree
{
    /// <summary>The errors and warnings a build of the tree reports, as <see cref="Diagnostics"/> prints them.</summary>
    public static readonly string[] Expected =
    {
        "a.lbx.json(2,17): error LBX0104",       // [*.lbx.json] error (and <WarningsAsErrors>)
        "a.lbx.json(2,17): warning LBX0103",     // [*.lbx.json] beats the global config's none
        "a.lbx.json(3,17): warning LBX0107",
        "a.lbx.json(4,17): warning LBX0102",     // [*] lowers the error
        "data/b.lbx.json(2,17): error LBX0103",  // [data/**.lbx.json], the later section, beats [*.lbx.json]
        "data/b.lbx.json(2,17): error LBX0104",
        "data/b.lbx.json(3,17): warning LBX0107",
        "data/b.lbx.json(4,17): warning LBX0102",
        "data/nested/c.lbx.json(2,17): error LBX0104",   // the nested none loses to <WarningsAsErrors>, as for C#
        "data/nested/c.lbx.json(3,17): error LBX0107",   // the nested category key; LBX0103 is none there
        "data/nested/c.lbx.json(4,17): warning LBX0102", // an id key beats a category key
        "vendor/d.lbx.json(2,17): error LBX0104",        // root = true: only the global config (LBX0103 none) and the command line reach vendor/
        "vendor/d.lbx.json(3,17): warning LBX0107",
    };

    /// <summary>The tree's &lt;NoWarn&gt; ids.</summary>
    public const string NoWarn = "LBX0006";

    /// <summary>The tree's &lt;WarningsAsErrors&gt; ids.</summary>
    public const string WarningsAsErrors = "LBX0104";

    // A line's message ends before what the build adds at its end: the rule's help link, which lbx validate leaves
    // out of its lines, and the project in brackets ("… (https://…/LBX0104.md) [/p/Consumer.csproj]").
    private static readonly Regex DiagnosticLine = new(
        @"(?<path>[^\s:]*?\.lbx\.json)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>LBX\d{4}): (?<message>[^\r\n]*?)(?: \(https://[^\s()]+\.md\))?(?: \[[^\[\]\r\n]*\])?(?=\r?$)",
        RegexOptions.Multiline);

    /// <summary>Writes the tree into <paramref name="consumer"/> (a project with Program.cs).</summary>
    public static void WriteInto(ConsumerProject consumer)
    {
        consumer.Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <NoWarn>$(NoWarn);{NoWarn}</NoWarn>
                <WarningsAsErrors>$(WarningsAsErrors);{WarningsAsErrors}</WarningsAsErrors>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write(".editorconfig", """
            root = true

            [*]
            dotnet_diagnostic.LBX0102.severity = warning

            [*.lbx.json]
            dotnet_diagnostic.LBX0103.severity = warning
            dotnet_diagnostic.LBX0104.severity = error

            [data/**.lbx.json]
            dotnet_diagnostic.LBX0103.severity = error
            """);
        consumer.Write("data/nested/.editorconfig", """
            [*.lbx.json]
            dotnet_diagnostic.LBX0103.severity = none
            dotnet_diagnostic.LBX0104.severity = none
            dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity = error
            """);
        consumer.Write("vendor/.editorconfig", """
            root = true

            [*]
            dotnet_diagnostic.LBX0102.severity = none
            """);
        consumer.Write(".globalconfig", """
            is_global = true
            dotnet_diagnostic.LBX0103.severity = none
            """);
        consumer.Write("a.lbx.json", SeverityManifests.FourRules("a"));
        consumer.Write("data/b.lbx.json", SeverityManifests.FourRules("b"));
        consumer.Write("data/nested/c.lbx.json", SeverityManifests.FourRules("c"));
        consumer.Write("vendor/d.lbx.json", SeverityManifests.FourRules("d"));

        // An empty manifest is LBX0006, a warning <NoWarn> turns off.
        consumer.Write("data/empty.lbx.json", "[]\n");
    }

    /// <summary>
    /// The manifest errors and warnings in <paramref name="output"/> (build or lbx validate), paths relative to <paramref name="root"/>,
    /// sorted; with <paramref name="messages"/>, each with its message.
    /// </summary>
    public static string[] Diagnostics(string output, string root, bool messages = false)
    {
        string prefix = root.Replace('\\', '/').TrimEnd('/') + "/";
        return DiagnosticLine.Matches(output)
            .Select(m =>
            {
                string path = m.Groups["path"].Value.Replace('\\', '/');
                path = path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path;
                return path + "(" + m.Groups["line"].Value + "," + m.Groups["column"].Value + "): " + m.Groups["severity"].Value + " " + m.Groups["id"].Value
                    + (messages ? ": " + m.Groups["message"].Value : string.Empty);
            })
            .Distinct()
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToArray();
    }
}
