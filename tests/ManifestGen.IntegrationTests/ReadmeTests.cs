using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// README.md as a newcomer follows it: every C# and JSON block is a file of the tour's project (<c>readme: file PATH</c>;
/// blocks of one path are appended in order), the tour's bad manifest (<c>readme: the bad PATH</c>, followed by the
/// diagnostics the build prints), a fragment that says so in its first line (<c>readme: fragment</c>), or the
/// sandbox's xUnit example (<see cref="SandboxPackageTests"/>). The files are written into a fresh console app
/// against the packed package, which builds without a warning and runs; with the bad manifest in, the build prints
/// exactly the README's lines.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReadmeTests
{
    private const string FileMarker = "readme: file ";
    private const string BadMarker = "readme: the bad ";
    private const string FragmentMarker = "readme: fragment";

    /// <summary>"/full/path/images.lbx.json(3,17): error LBX0102: message (help link) [/full/path/MyApp.csproj]", as MSBuild prints it.</summary>
    private static readonly Regex BuildDiagnostic = new(
        @"^(?<path>\S+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>LBX\d{4}): (?<message>.*?)(?: \(https://\S+\))?(?: \[[^\]]*\])?$",
        RegexOptions.CultureInvariant);

    private readonly PackageFixture _package;

    public ReadmeTests(PackageFixture package) => _package = package;

    [Fact]
    public void EveryCSharpAndJsonBlock_IsAFileOfTheTour_OrSaysItIsAFragment()
    {
        foreach (ReadmeBlock block in ReadmeBlocks.All().Where(b => b.Language is "csharp" or "json"))
        {
            bool known = block.Marker.StartsWith(FileMarker, StringComparison.Ordinal)
                || block.Marker.StartsWith(BadMarker, StringComparison.Ordinal)
                || block.Marker.StartsWith("sandbox-xunit-example:", StringComparison.Ordinal)
                || block.Marker == FragmentMarker;
            Assert.True(known, block + ": say what the block is: <!-- " + FileMarker + "PATH -->, <!-- " + BadMarker + "PATH --> or <!-- " + FragmentMarker + " -->");
            if (block.Marker == FragmentMarker)
            {
                Assert.True(block.Language == "csharp" && block.Code.StartsWith("// fragment", StringComparison.Ordinal),
                    block + ": a fragment says so to the reader in its first line, // fragment…");
            }
        }
    }

    [Fact]
    public void TheTour_BuildsAndRuns_InAFreshConsoleApp_AndTheBadManifestPrintsTheReadmesLines()
    {
        IReadOnlyList<ReadmeBlock> blocks = ReadmeBlocks.All();
        var consumer = ConsumerProject.NewConsoleApp(_package, "readme-tour", "MyApp");
        var files = blocks.Where(b => b.Marker.StartsWith(FileMarker, StringComparison.Ordinal))
            .GroupBy(b => b.Marker[FileMarker.Length..])
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(b => b.Code)));
        Assert.Contains("Program.cs", files.Keys);
        Assert.Contains("images.lbx.json", files.Keys);
        foreach (var (path, content) in files)
        {
            consumer.Write(path, content);
        }

        var (buildExit, buildOutput) = consumer.Build();
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotMatch(new Regex(@": warning (CS|LBX)\d{4}:"), buildOutput);

        var (runExit, runOutput) = consumer.RunBuilt();
        Assert.True(runExit == 0, runOutput);
        Assert.StartsWith("3 rows, keys: https://storage.googleapis.com/labelbox-datasets/image_sample_data/image-sample-1.jpg, my-bucket-a, bad key",
            runOutput, StringComparison.Ordinal);
        foreach (var (file, rows) in new[] { ("images.import.json", 3), ("typed.import.json", 1), ("cats.import.json", 2) })
        {
            // One JSON array each: a block that wrote into another's stream would leave two arrays back to back.
            using JsonDocument written = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Directory, file)));
            Assert.Equal(rows, written.RootElement.GetArrayLength());
        }

        ReadmeBlock bad = blocks.Single(b => b.Marker.StartsWith(BadMarker, StringComparison.Ordinal));
        string badPath = bad.Marker[BadMarker.Length..];
        ReadmeBlock printed = blocks.First(b => b.Line > bad.Line && b.Language == "text");
        consumer.Write(badPath, bad.Code);

        var (badExit, badOutput) = consumer.Build();
        Assert.NotEqual(0, badExit);
        string[] reported = badOutput.ReplaceLineEndings("\n").Split('\n')
            .Select(l => BuildDiagnostic.Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => (File: Path.GetFileName(m.Groups["path"].Value), Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Column: int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["id"].Value,
                Text: Path.GetFileName(m.Groups["path"].Value) + "(" + m.Groups["line"].Value + "," + m.Groups["column"].Value + "): "
                    + m.Groups["severity"].Value + " " + m.Groups["id"].Value + ": " + m.Groups["message"].Value))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Value, StringComparer.Ordinal)
            .Select(d => d.Text)
            .ToArray();
        // The README's lines are the build's, paths shortened to the file name and help links cut, in file and position order.
        Assert.Equal(printed.Code.TrimEnd('\n'), string.Join("\n", reported));
    }
}
