using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ManifestGen.IntegrationTests;

/// <summary>The README's main command works: it writes what it says, then imports it into the local sandbox.</summary>
[Collection(RepositoryRuns.Name)]
public class QuickStartTests
{
    [Fact]
    public void QuickStart_WritesOneImportFilePerManifest_AndImportsThemIntoTheSandbox()
    {
        string root = RepoPaths.Root;
        string outDir = Path.Combine(Path.GetTempPath(), "manifestgen-quickstart-" + Guid.NewGuid().ToString("N"));
        try
        {
            // No key in the child's environment, whatever the test host has: the default run uses the sandbox.
            // The output is redirected, so it must be plain text.
            var (exitCode, output) = DotNet.RunProgramWithout("dotnet", root, TimeSpan.FromMinutes(5), new[] { "LABELBOX_API_KEY" },
                "run", "--project", Path.Combine("examples", "QuickStart"), "--artifacts-path", DotNet.ArtifactsPath(RepositoryRuns.Folder), "--", outDir);
            Assert.True(exitCode == 0, output);
            Assert.Contains("8 rows in 5 import files", output, StringComparison.Ordinal);
            JsonNode typed = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "Typed.json")))!;
            Assert.Equal("cko8sbczn0002h2dkdaxb5kal", typed[0]!["metadata_fields"]![0]!["schema_id"]!.GetValue<string>());
            Assert.Equal("cko8sc2yr0004h2dk69aj5x63", typed[0]!["metadata_fields"]![0]!["value"]!.GetValue<string>());
            JsonNode single = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "Single.json")))!;
            Assert.Equal(8, single[0]!["attachments"]!.AsArray().Count);
            Assert.Equal("Nikon D850", JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "Bulk.json")))![0]!["metadata_fields"]![1]!["value"]!.GetValue<string>());
            Assert.True(File.Exists(Path.Combine(outDir, "standard-url.json")));

            // The [LabelboxDataRow] type's rows, through the generated writer: the C# enum member
            // became the split option's schema id, and the unset members are not written.
            JsonArray cats = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "CatPhotos.json")))!.AsArray();
            Assert.Equal(new[] { "quickstart-cat-0001", "quickstart-cat-0002" }, cats.Select(c => c!["global_key"]!.GetValue<string>()));
            Assert.Equal("cko8sbscr0003h2dk04w86hof", cats[0]!["metadata_fields"]![0]!["value"]!.GetValue<string>());
            Assert.Equal("RGB", Assert.Single(cats[0]!["attachments"]!.AsArray())!["name"]!.GetValue<string>());
            Assert.Equal("cko8scbz70005h2dkastwhgqt", Assert.Single(cats[1]!["metadata_fields"]!.AsArray())!["value"]!.GetValue<string>());

            // Then the submission: the sandbox, one summary row per import with its counts and a task id,
            // every row imported, an empty failures file.
            Assert.Contains("No LABELBOX_API_KEY: importing into a local Labelbox sandbox at http://127.0.0.1:", output, StringComparison.Ordinal);
            foreach (var (import, rows) in new[] { ("standard-url", 2), ("Bulk", 2), ("Single", 1), ("Typed", 1), ("CatPhotos", 2) })
            {
                Assert.Matches(new Regex("(?m)^\\s*" + Regex.Escape(import) + "\\s+" + rows + "\\s+" + rows + "\\s+0\\s+c[a-z0-9]{24}\\s*$"), output);
            }

            Assert.Contains("8 of 8 rows imported into dataset ", output, StringComparison.Ordinal);
            string failures = Path.Combine(outDir, "failures.json");
            Assert.True(File.Exists(failures), output);
            Assert.Empty(JsonNode.Parse(File.ReadAllText(failures))!.AsArray());
            Assert.DoesNotContain('\u001b', output);
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }
}
