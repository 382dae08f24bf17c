using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// README.md as a newcomer follows it: every C# and JSON block is a file of the tour's project (<c>readme: file PATH</c>;
/// blocks of one path are appended in order), the tour's bad manifest (<c>readme: the bad PATH</c>, followed by the
/// diagnostics the build prints), a fragment that says so in its first line (<c>readme: fragment</c>), or the
/// sandbox's xUnit example (<see cref="SandboxPackageTests"/>). The files are written into a fresh console app
/// against the packed package, which builds without a warning and runs; with the bad manifest in, the build prints
/// exactly the README's lines, and so does the manifest fixed but for the error the README says appears next.
/// Import.cs runs into lbx sandbox as its comments say, printing what they show.
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
        var files = TourFiles(blocks);
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
        // The README's lines are the build's, paths shortened to the file name and help links cut, in file and position order.
        Assert.Equal(printed.Code.TrimEnd('\n'), string.Join("\n", Reported(badOutput)));

        // "Fix what the messages say and one more error appears": the fixed file with the attachment value the bad one
        // had (the line as the fix of LBX0502 leaves it) gives that one error alone, as the README prints it.
        ReadmeBlock revealed = blocks.Single(b => b.Line > printed.Line && b.Language == "text" && b.Code.Contains(" LBX0503: ", StringComparison.Ordinal));
        consumer.Write(badPath, files[badPath].Replace("https://bucket.s3.amazonaws.com/x.png", "s3://bucket/x.png", StringComparison.Ordinal));
        var (halfFixedExit, halfFixedOutput) = consumer.Build();
        Assert.NotEqual(0, halfFixedExit);
        Assert.Equal(revealed.Code.TrimEnd('\n'), string.Join("\n", Reported(halfFixedOutput)));
    }

    /// <summary>
    /// Import.cs as the README says to run it: called from Program.cs, its commented <c>AddLabelbox</c> line in place
    /// of the one above it, into <c>lbx sandbox</c> (the installed tool, on a free port instead of 5080). It prints
    /// the line its comment shows; run again with the same journal, it says the import was already done and sends nothing.
    /// </summary>
    [Fact]
    public async Task TheTourImport_WithItsSandboxLine_ImportsTheManifest_AndAgainSaysNothingWasSent()
    {
        const string CallIt = "return await Import.RunAsync(CancellationToken.None);";
        const string AgainSuffix = "; already imported by the run recorded in images.journal; nothing sent";
        string readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        Assert.Contains("Call it from `Program.cs` with `" + CallIt + "`", readme, StringComparison.Ordinal);
        Assert.Contains("\"…" + AgainSuffix + "\"", readme, StringComparison.Ordinal);

        var files = TourFiles(ReadmeBlocks.All());
        string[] import = files["Import.cs"].Split('\n');
        int labelbox = Array.FindIndex(import, l => l.Trim().StartsWith("services.AddLabelbox(", StringComparison.Ordinal));
        int sandboxLine = Array.FindIndex(import, l => l.Trim().StartsWith("// services.AddLabelbox(", StringComparison.Ordinal));
        Assert.True(labelbox >= 0 && sandboxLine > labelbox, "Import.cs: an AddLabelbox line, and below it the commented one for lbx sandbox");
        string printed = import.Single(l => l.Contains("Console.WriteLine(result);", StringComparison.Ordinal)).Split("// ", 2)[1].Trim();
        var printedLine = new Regex("^" + string.Join(@"\S+", printed.Split('…').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);

        using var tool = new TempFolder();
        string lbx = InstalledTool.Install(_package, tool.Path);
        int port = LoopbackPorts.Free();
        await using RunningProcess sandbox = RunningProcess.Start(DotNet.StartInfo(lbx, tool.Path, Array.Empty<(string, string)>(),
            new[] { "LABELBOX_API_KEY", "LABELBOX_ENDPOINT" }, "sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await sandbox.LineAsync("Labelbox sandbox listening", TimeSpan.FromMinutes(1));

        import[labelbox] = import[sandboxLine].Replace("// ", "", StringComparison.Ordinal).Replace(":5080/", ":" + port + "/", StringComparison.Ordinal);
        files["Import.cs"] = string.Join("\n", import.Where((_, i) => i != sandboxLine));
        files["Program.cs"] += CallIt + "\n";
        var consumer = ConsumerProject.NewConsoleApp(_package, "readme-import", "MyApp");
        foreach (var (path, content) in files)
        {
            consumer.Write(path, content);
        }

        var (buildExit, buildOutput) = consumer.Build();
        Assert.True(buildExit == 0, buildOutput);

        var (firstExit, first) = consumer.RunBuilt();
        Assert.True(firstExit == 0, first + "\n" + sandbox.Output);
        string imported = Assert.Single(Lines(first), l => printedLine.IsMatch(l));
        Assert.StartsWith("3 of 3 rows imported into ", imported, StringComparison.Ordinal);

        var (againExit, again) = consumer.RunBuilt();
        Assert.True(againExit == 0, again);
        Assert.Contains(imported + AgainSuffix, Lines(again));
    }

    /// <summary>The tour's files, each the README's blocks for its path joined in order.</summary>
    private static Dictionary<string, string> TourFiles(IReadOnlyList<ReadmeBlock> blocks)
    {
        var files = blocks.Where(b => b.Marker.StartsWith(FileMarker, StringComparison.Ordinal))
            .GroupBy(b => b.Marker[FileMarker.Length..])
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(b => b.Code)));
        Assert.Contains("Program.cs", files.Keys);
        Assert.Contains("images.lbx.json", files.Keys);
        return files;
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").Split('\n');

    /// <summary>The build's LBX diagnostics as the README prints them: once each, the path shortened to the file name, in file and position order.</summary>
    private static string[] Reported(string buildOutput) => Lines(buildOutput)
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
}
