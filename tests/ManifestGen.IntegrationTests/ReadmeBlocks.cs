using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ManifestGen.IntegrationTests;

/// <summary>A fenced code block of README.md, with the HTML comment right above it that says what it is (empty when none).</summary>
/// <param name="Marker">The comment's text, e.g. "readme: file Program.cs"; empty when the block has none.</param>
/// <param name="Language">The fence's info string: csharp, json, text, bash, or empty.</param>
/// <param name="Code">The block's lines, each ending in a newline, exactly as a reader would copy them.</param>
/// <param name="Line">The 1-based line of the opening fence, for messages.</param>
internal sealed record ReadmeBlock(string Marker, string Language, string Code, int Line)
{
    public override string ToString() => "README.md line " + Line + " (```" + Language + (Marker.Length > 0 ? ", <!-- " + Marker + " -->" : "") + ")";
}

/// <summary>Reads README.md's code blocks, for the tests that build and run them as a reader would.</summary>
internal static class ReadmeBlocks
{
    private const string Fence = "```";

    public static IReadOnlyList<ReadmeBlock> All()
    {
        string[] lines = File.ReadAllText(RepoPaths.Combine("README.md")).ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<ReadmeBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence, StringComparison.Ordinal))
            {
                continue;
            }

            int open = i;
            string previous = open > 0 ? lines[open - 1].Trim() : "";
            string marker = previous.StartsWith("<!--", StringComparison.Ordinal) && previous.EndsWith("-->", StringComparison.Ordinal)
                ? previous[4..^3].Trim()
                : "";
            i++;
            while (i < lines.Length && lines[i] != Fence)
            {
                i++;
            }

            Assert.True(i < lines.Length, "README.md: the code block at line " + (open + 1) + " is never closed");
            string code = string.Concat(lines[(open + 1)..i].Select(l => l + "\n"));
            blocks.Add(new ReadmeBlock(marker, lines[open][Fence.Length..].Trim(), code, open + 1));
        }

        return blocks;
    }

    /// <summary>The one block whose marker starts with <paramref name="markerPrefix"/>.</summary>
    public static ReadmeBlock Marked(string markerPrefix)
    {
        ReadmeBlock[] marked = All().Where(b => b.Marker.StartsWith(markerPrefix, StringComparison.Ordinal)).ToArray();
        Assert.True(marked.Length == 1, "README.md must have one code block right after a <!-- " + markerPrefix + " … --> comment; it has " + marked.Length);
        return marked[0];
    }
}
