using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// README.md's Layout section is the newcomer's map of the repository: every folder of a src project, of docs/ and
/// every tests/ folder that is not a test project is named there ("Name/"), and every folder it names exists.
/// </summary>
public class ReadmeLayoutTests
{
    /// <summary>A folder name as the Layout block writes it, "Diagnostics/ (RuleCatalog)"; not a file's path such as docs/benchmarks.md.</summary>
    private static readonly Regex FolderName = new(@"(?<![\w./])(?<name>[A-Za-z][\w.]*)/(?![\w.])", RegexOptions.CultureInvariant);

    [Fact]
    public void EverySourceFolder_IsNamedInItsProjectsEntry_AndEveryNamedFolderExists()
    {
        Dictionary<string, string> entries = Entries();
        var problems = new List<string>();
        foreach (string project in Directory.GetDirectories(RepoPaths.Combine("src")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal))
        {
            string entry = "src/" + project;
            if (!entries.TryGetValue(entry, out string? text))
            {
                problems.Add(entry + " has no entry");
                continue;
            }

            Compare(entry, RepoPaths.Combine("src", project), text, _ => true, problems);
        }

        Compare("docs/", RepoPaths.Combine("docs"), entries["docs/"], _ => true, problems);
        // Test projects are "one test project per src project"; any other folder is named.
        Compare("tests/", RepoPaths.Combine("tests"), entries["tests/"], folder => !folder.StartsWith("ManifestGen.", StringComparison.Ordinal), problems);
        Assert.True(problems.Count == 0, "README.md's Layout section:\n" + string.Join("\n", problems));
    }

    private static void Compare(string entry, string directory, string text, Func<string, bool> mustBeNamed, List<string> problems)
    {
        HashSet<string> folders = Directory.GetDirectories(directory).Select(d => Path.GetFileName(d)!)
            .Where(name => name is not ("bin" or "obj") && !name.StartsWith('.')).ToHashSet(StringComparer.Ordinal);
        HashSet<string> named = FolderName.Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(folders.Where(mustBeNamed).Except(named).Order(StringComparer.Ordinal).Select(f => entry + ": " + f + "/ is not named"));
        problems.AddRange(named.Except(folders).Order(StringComparer.Ordinal).Select(f => entry + ": names " + f + "/, which is not there"));
    }

    /// <summary>The Layout block's entries by their first word ("src/ManifestGen.Rules", "docs/"): the text after it and on the indented lines below.</summary>
    private static Dictionary<string, string> Entries()
    {
        string[] lines = File.ReadAllText(RepoPaths.Combine("README.md")).ReplaceLineEndings("\n").Split('\n');
        int heading = Array.IndexOf(lines, "## Layout");
        Assert.True(heading >= 0, "README.md has no '## Layout' section");
        int open = Array.FindIndex(lines, heading, line => line.StartsWith("```", StringComparison.Ordinal));
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        for (int i = open + 1; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
        {
            if (lines[i].Length > 0 && lines[i][0] != ' ')
            {
                int space = lines[i].IndexOf(' ', StringComparison.Ordinal);
                current = space < 0 ? lines[i] : lines[i][..space];
                entries[current] = space < 0 ? "" : lines[i][space..];
            }
            else if (current != null)
            {
                entries[current] += "\n" + lines[i];
            }
        }

        return entries;
    }
}
