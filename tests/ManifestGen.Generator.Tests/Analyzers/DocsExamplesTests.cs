using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ManifestGen.Generator.Tests.Infrastructure;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>
/// Every docs page (docs/diagnostics/LBXnnnn.md) shows exactly what the analyzer reports for its
/// example, as the build prints it, and its fix really fixes it. Convention for the pages:
/// <list type="bullet">
/// <item>"## Example": the first ```json block is the example file, analyzed as <c>images.lbx.json</c>.
/// On the pages of C# diagnostics (LBX1xxx, LBX2xxx) it is the first ```csharp block instead, compiled as
/// <c>Photos.cs</c> with the package's generators and analyzers (see <see cref="ProjectRunner"/>), and any
/// titled schema block with it.
/// On the LBX06xx pages the example file is <c>labelbox.metadata.json</c> instead, analyzed next to a
/// trivial valid manifest.</item>
/// <item>On the other pages, a ```json block whose preceding non-blank line is
/// <c>labelbox.metadata.json:</c> (backticks allowed, e.g. <c>`labelbox.metadata.json`:</c>) is not the
/// example file but the project's metadata schema, analyzed with it, for examples that need a custom
/// field. Any other title line (e.g. <c>`images.lbx.json`:</c>) is only for the reader.</item>
/// <item>The ```text block(s) of "## Example" hold only diagnostic lines, as the build prints them but
/// with the file name alone: <c>images.lbx.json(line,col): severity LBXnnnn: message</c>. They are
/// exactly the analyzer's output for the example, in its order (file, position, id), so the example
/// must report the page's id and should report little else.</item>
/// <item>"## How to fix": the first ```json block (other than a titled schema, which then replaces
/// the example's), or ```csharp block on C# pages, is the corrected example file; analyzed the same way,
/// it reports nothing at all (on C# pages: no compiler error or warning either).</item>
/// <item>A ```xml block of "## Example" sets MSBuild properties for the example and its fix, e.g.
/// <c>&lt;ManifestGenProblemLimit&gt;2&lt;/ManifestGenProblemLimit&gt;</c> (manifest pages only), as the build
/// passes them to the analyzer.</item>
/// </list>
/// </summary>
public class DocsExamplesTests
{
    private const string Folder = "/p/";
    private const string ManifestPath = Folder + "images.lbx.json";
    private const string SchemaPath = Folder + "labelbox.metadata.json";
    private const string CSharpPath = Folder + "Photos.cs";
    private const string SchemaTitle = "labelbox.metadata.json:";
    private const string TrivialManifest = "[ { \"row_data\": \"https://example.com/cats/1.jpg\", \"global_key\": \"cat-1\" } ]";

    private static readonly Regex BuildProperty = new(@"<(ManifestGen\w+)>([^<]*)</\1>", RegexOptions.CultureInvariant);

    private static readonly Regex DiagnosticLine = new(
        @"^[^\s()]+\(\d+,\d+\): (error|warning|info|hidden) LBX\d{4}: \S.*$", RegexOptions.CultureInvariant);

    public static TheoryData<string> RuleIds()
    {
        var ids = new TheoryData<string>();
        foreach (Rule rule in RuleCatalog.All)
        {
            ids.Add(rule.Id);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Example_ShowsExactlyWhatTheAnalyzerReports(string id)
    {
        DocSection example = Page.Load(id).Section("Example");

        string[] shown = example.TextBlocks.SelectMany(b => b).Where(l => l.Trim().Length > 0).ToArray();
        Assert.True(shown.Length > 0, id + ".md: no ```text block with the diagnostics under \"## Example\"");
        foreach (string line in shown)
        {
            Assert.True(DiagnosticLine.IsMatch(line), id + ".md: not a diagnostic line as the build prints it: " + line);
        }

        ImmutableArray<Diagnostic> diagnostics = Analyze(id, example, schemaFrom: null);
        string[] reported = Format(diagnostics);
        string printed = "\nThe analyzer prints:\n" + string.Join("\n", reported);
        Assert.True(diagnostics.Any(d => d.Id == id), id + ".md: the example does not report " + id + "." + printed);
        foreach (string line in shown)
        {
            Assert.True(reported.Contains(line, StringComparer.Ordinal), id + ".md shows a line the analyzer does not print:\n" + line + printed);
        }

        Assert.True(reported.SequenceEqual(shown, StringComparer.Ordinal), id + ".md: the ```text block should show every line, in order." + printed);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HowToFix_ReportsNothing(string id)
    {
        Page page = Page.Load(id);
        string[] reported = Format(Analyze(id, page.Section("How to fix"), schemaFrom: page.Section("Example")));
        string printed = "\nThe analyzer prints:\n" + string.Join("\n", reported);
        Assert.False(reported.Any(l => l.Contains(" " + id + ": ", StringComparison.Ordinal)), id + ".md: the fixed example still reports " + id + "." + printed);
        Assert.True(reported.Length == 0, id + ".md: the fixed example reports other diagnostics." + printed);
    }

    /// <summary>
    /// Runs the analyzer over the section's example file, with the section's titled schema or else
    /// <paramref name="schemaFrom"/>'s.
    /// </summary>
    private static ImmutableArray<Diagnostic> Analyze(string id, DocSection section, DocSection? schemaFrom)
    {
        if (IsCSharpRule(id))
        {
            string source = section.CSharpBlocks.Count > 0
                ? section.CSharpBlocks[0]
                : throw new InvalidOperationException(id + ".md: no ```csharp block in a section");
            string? schemaFile = section.JsonBlocks.FirstOrDefault(b => b.IsSchema).Json
                ?? schemaFrom?.JsonBlocks.FirstOrDefault(b => b.IsSchema).Json;
            return ProjectRunner.Run(
                new[] { (CSharpPath, source) },
                schemaFile == null ? null : new[] { (SchemaPath, schemaFile) });
        }

        if (id.StartsWith("LBX06", StringComparison.Ordinal))
        {
            string schemaFile = section.JsonBlocks.Count > 0
                ? section.JsonBlocks[0].Json
                : throw new InvalidOperationException(id + ".md: no ```json block in a section");
            return AnalyzerRunner.Run((SchemaPath, schemaFile), (ManifestPath, TrivialManifest));
        }

        string manifest = section.JsonBlocks.FirstOrDefault(b => !b.IsSchema).Json
            ?? throw new InvalidOperationException(id + ".md: no ```json block (other than a schema) in a section");
        string? schema = section.JsonBlocks.FirstOrDefault(b => b.IsSchema).Json
            ?? schemaFrom?.JsonBlocks.FirstOrDefault(b => b.IsSchema).Json;
        Dictionary<string, string> properties = AnalyzerRunner.InProject(Folder);
        foreach (KeyValuePair<string, string> property in (schemaFrom ?? section).BuildProperties)
        {
            properties.Add(property.Key, property.Value);
        }

        return schema == null
            ? AnalyzerRunner.Run(properties, (ManifestPath, manifest))
            : AnalyzerRunner.Run(properties, (ManifestPath, manifest), (SchemaPath, schema));
    }

    private static bool IsCSharpRule(string id) =>
        id.StartsWith("LBX1", StringComparison.Ordinal) || id.StartsWith("LBX2", StringComparison.Ordinal);

    /// <summary>As <see cref="AnalyzerRunner.Format"/>, with the file name only (all files are in /p/), as the pages show it.</summary>
    private static string[] Format(ImmutableArray<Diagnostic> diagnostics) =>
        AnalyzerRunner.Format(diagnostics, includePath: true)
            .Select(l => l.StartsWith(Folder, StringComparison.Ordinal) ? l.Substring(Folder.Length) : l)
            .ToArray();

    private sealed class Page
    {
        private readonly string[] lines;
        private readonly string name;

        private Page(string name, string[] lines)
        {
            this.name = name;
            this.lines = lines;
        }

        public static Page Load(string id)
        {
            string path = RepoPaths.Combine("docs", "diagnostics", id + ".md");
            return new Page(id + ".md", File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        }

        /// <summary>The lines under "## <paramref name="heading"/>" up to the next "## " heading.</summary>
        public DocSection Section(string heading)
        {
            int start = Array.IndexOf(lines, "## " + heading);
            Assert.True(start >= 0, name + ": no \"## " + heading + "\" section");
            int end = start + 1;
            while (end < lines.Length && !lines[end].StartsWith("## ", StringComparison.Ordinal))
            {
                end++;
            }

            return DocSection.Parse(name, lines.Skip(start + 1).Take(end - start - 1).ToArray());
        }
    }

    private sealed class DocSection
    {
        private DocSection(IReadOnlyList<(bool IsSchema, string Json)> jsonBlocks, IReadOnlyList<string> csharpBlocks, IReadOnlyList<string[]> textBlocks,
            Dictionary<string, string> buildProperties)
        {
            JsonBlocks = jsonBlocks;
            CSharpBlocks = csharpBlocks;
            TextBlocks = textBlocks;
            BuildProperties = buildProperties;
        }

        /// <summary>The MSBuild properties of the ```xml blocks, as the analyzer sees them (build_property.Name).</summary>
        public IReadOnlyDictionary<string, string> BuildProperties { get; }

        /// <summary>The ```json blocks in order; IsSchema when titled "labelbox.metadata.json:".</summary>
        public IReadOnlyList<(bool IsSchema, string Json)> JsonBlocks { get; }

        /// <summary>The ```csharp blocks in order.</summary>
        public IReadOnlyList<string> CSharpBlocks { get; }

        /// <summary>The lines of each ```text block.</summary>
        public IReadOnlyList<string[]> TextBlocks { get; }

        public static DocSection Parse(string page, string[] lines)
        {
            var jsonBlocks = new List<(bool, string)>();
            var csharpBlocks = new List<string>();
            var textBlocks = new List<string[]>();
            var buildProperties = new Dictionary<string, string>(StringComparer.Ordinal);
            string title = "";
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (!line.StartsWith("```", StringComparison.Ordinal))
                {
                    if (line.Trim().Length > 0)
                    {
                        title = line.Trim();
                    }

                    continue;
                }

                string language = line.Substring(3).Trim();
                int close = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                Assert.True(close > i, page + ": unclosed ``` block");
                string[] body = lines.Skip(i + 1).Take(close - i - 1).ToArray();
                if (language == "json")
                {
                    bool isSchema = title.Replace("`", "", StringComparison.Ordinal) == SchemaTitle;
                    jsonBlocks.Add((isSchema, string.Join("\n", body) + "\n"));
                }
                else if (language == "csharp")
                {
                    csharpBlocks.Add(string.Join("\n", body) + "\n");
                }
                else if (language == "text")
                {
                    textBlocks.Add(body);
                }
                else if (language == "xml")
                {
                    foreach (Match property in BuildProperty.Matches(string.Join("\n", body)))
                    {
                        buildProperties["build_property." + property.Groups[1].Value] = property.Groups[2].Value;
                    }
                }

                title = "";
                i = close;
            }

            return new DocSection(jsonBlocks, csharpBlocks, textBlocks, buildProperties);
        }
    }
}
