using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using ManifestGen.Testing;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// The package as a user gets it: `dotnet pack` → folder feed → a new project that references
/// ManifestGen → `dotnet build` reports manifest problems as file(line,col) errors, and a project
/// with good manifests builds, runs and writes the import JSON.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConsumerBuildTests
{
    private const string GoodManifest = """
        [
          {
            "row_data": "https://storage.googleapis.com/labelbox-datasets/image_sample_data/image-sample-1.jpg",
            "global_key": "consumer-1",
            "media_type": "IMAGE",
            "metadata_fields": [{"name": "camera", "value": "D850"}, {"name": "split", "value": "train"}],
            "attachments": [{"type": "IMAGE_OVERLAY", "value": "https://storage.googleapis.com/labelbox-sample-datasets/Docs/rgb.jpg", "name": "RGB"}]
          }
        ]
        """;

    private const string Schema = """{ "fields": [ { "name": "camera", "kind": "string" } ] }""";

    private readonly PackageFixture _package;

    public ConsumerBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_HasTheRuntimeTheAnalyzersAndTheBuildAssets()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.Package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net8.0/ManifestGen.dll", entries);
        Assert.Contains("lib/net8.0/ManifestGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/ManifestGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ManifestGen.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/ManifestGen.props", entries);
        Assert.Contains("buildTransitive/ManifestGen.targets", entries);
        Assert.Contains("schemas/lbx-manifest.schema.json", entries);
        Assert.Contains("schemas/labelbox-metadata.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("CodeFixes", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_HasCompleteMetadataAndItsReadme()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.Package);
        Assert.NotNull(zip.GetEntry("PACKAGE.md"));
        using var reader = new StreamReader(zip.GetEntry("ManifestGen.nuspec")!.Open());
        System.Xml.Linq.XElement metadata = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        System.Xml.Linq.XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", Element("license").Attribute("type")!.Value);
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.Contains("Labelbox", Value("description"), StringComparison.Ordinal);
        Assert.Contains("source-generator", Value("tags"), StringComparison.Ordinal);
        Assert.Equal("https://github.com/ManifestGen/ManifestGen", Value("projectUrl"));
        System.Xml.Linq.XElement repository = Element("repository");
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Equal("https://github.com/ManifestGen/ManifestGen", repository.Attribute("url")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")!.Value);
    }

    [Fact]
    public void AnalyzerAssembly_NeedsNothingTheCompilerDoesNotCarry()
    {
        // An analyzer cannot bring dependencies: everything it references must already be loaded
        // by every C# compiler host (csc, VBCSCompiler, Visual Studio, Rider) since Roslyn 4.8 —
        // the compiler's own assemblies and what they reference themselves (Microsoft.CodeAnalysis 4.8 references
        // System.Memory 4.0.1.2, which references System.Numerics.Vectors 4.1.3.0 or later: the rules' vector scans use
        // those, and no later version), and not Workspaces (the code fixes' DLL has that).
        using ZipArchive zip = ZipFile.OpenRead(_package.Package);
        using var dll = new MemoryStream();
        using (Stream entry = zip.GetEntry("analyzers/dotnet/cs/ManifestGen.Generator.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(dll);
        System.Reflection.Metadata.MetadataReader reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        string[] references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
            .Select(r => reader.GetString(r.Name) + (reader.GetString(r.Name).StartsWith("System.", StringComparison.Ordinal) && reader.GetString(r.Name) != "System.Collections.Immutable" ? " " + r.Version : string.Empty))
            .OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Memory 4.0.1.2", "System.Numerics.Vectors 4.1.3.0", "netstandard" }, references);
    }

    [Fact]
    public void GoodManifests_BuildRunAndWriteTheImportJson()
    {
        var consumer = new ConsumerProject(_package, "good");
        consumer.Write("data/images.lbx.json", GoodManifest);
        consumer.Write("labelbox.metadata.json", Schema);
        consumer.Write("Program.cs", """
            using System.IO;
            using Consumer;

            using (FileStream file = File.Create(args[0]))
            {
                LabelboxManifests.Images.WriteJson(file);
            }

            System.Console.WriteLine(LabelboxManifests.Images.Count + " row(s) from " + LabelboxManifests.Images.Source);
            """);

        var (buildExit, buildOutput) = consumer.Build();
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("LBX", buildOutput, StringComparison.Ordinal);

        string output = Path.Combine(consumer.Directory, "import.json");
        var (runExit, runOutput) = consumer.RunBuilt(output);
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("1 row(s) from ManifestGen.Manifests/data/images.lbx.json", runOutput, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(GoodManifest), JsonNode.Parse(File.ReadAllText(output))), File.ReadAllText(output));
    }

    [Fact]
    public void Rebuild_WithNothingChanged_SkipsTheCompiler_AndAChangedManifestIsEmbeddedAgain()
    {
        const string OneRow = """[{"row_data": "https://example.com/a.jpg", "global_key": "k-1", "media_type": "IMAGE"}]""";
        const string TwoRows = """
            [{"row_data": "https://example.com/a.jpg", "global_key": "k-1", "media_type": "IMAGE"},
             {"row_data": "https://example.com/b.jpg", "global_key": "k-2", "media_type": "IMAGE"}]
            """;
        var consumer = new ConsumerProject(_package, "rebuild");
        consumer.Write("data/images.lbx.json", OneRow);
        consumer.Write("Program.cs", """
            using (System.IO.FileStream file = System.IO.File.Create(args[0]))
            {
                Consumer.LabelboxManifests.Images.WriteJson(file);
            }
            """);
        var (buildExit, buildOutput) = consumer.Build();
        Assert.True(buildExit == 0, buildOutput);

        // The package's items and resources must leave MSBuild's incremental check able to skip Csc.
        string assembly = Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "Consumer.dll");
        DateTime compiled = File.GetLastWriteTimeUtc(assembly);
        var (rebuildExit, rebuildOutput) = consumer.Build("--no-restore");
        Assert.True(rebuildExit == 0, rebuildOutput);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(assembly));

        consumer.Write("data/images.lbx.json", TwoRows);
        var (changedExit, changedOutput) = consumer.Build("--no-restore");
        Assert.True(changedExit == 0, changedOutput);
        string output = Path.Combine(consumer.Directory, "import.json");
        var (runExit, runOutput) = consumer.RunBuilt(output);
        Assert.True(runExit == 0, runOutput);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TwoRows), JsonNode.Parse(File.ReadAllText(output))), File.ReadAllText(output));
    }

    private const string PhotoType = """
        namespace Consumer;

        [ManifestGen.LabelboxDataRow]
        internal sealed partial record Photo([property: ManifestGen.RowData] string Url, [property: ManifestGen.GlobalKey] string Key)
        {
            [ManifestGen.Metadata("tag")]
            public string? Tag { get; init; }
        }
        """;

    [Fact]
    public void AnnotatedType_BuildsAndStreamsItsRows()
    {
        var consumer = new ConsumerProject(_package, "annotated");
        consumer.Write("Photo.cs", PhotoType);
        consumer.Write("Program.cs", """
            using System.IO;
            using Consumer;

            using (FileStream file = File.Create(args[0]))
            {
                ManifestGen.LabelboxImportJson.Write(file, new[] { new Photo("https://example.com/a.jpg", "a") { Tag = "t" }, new Photo("https://example.com/b.jpg", "b") });
            }
            """);

        var (buildExit, buildOutput) = consumer.Build();
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("LBX", buildOutput, StringComparison.Ordinal);
        string output = Path.Combine(consumer.Directory, "rows.json");
        var (runExit, runOutput) = consumer.RunBuilt(output);
        Assert.True(runExit == 0, runOutput);
        Assert.Equal(
            """[{"row_data":"https://example.com/a.jpg","global_key":"a","media_type":"IMAGE","metadata_fields":[{"schema_id":"cko8s9r5v0001h2dk9elqdidh","value":"t"}]},{"row_data":"https://example.com/b.jpg","global_key":"b","media_type":"IMAGE"}]""",
            File.ReadAllText(output));
    }

    [Fact]
    public void AnnotatedType_WithAWrongMemberType_FailsTheBuildAtTheMember()
    {
        var consumer = new ConsumerProject(_package, "annotated-bad");
        consumer.Write("Photo.cs", PhotoType.Replace("public string? Tag", "public int Tag", StringComparison.Ordinal));
        consumer.Write("Program.cs", "System.Console.WriteLine();");
        var (exit, output) = consumer.Build();
        Assert.NotEqual(0, exit);
        Assert.Contains(
            "Photo.cs(7,16): error LBX1006: [Metadata(\"tag\")] member 'Tag' is of type 'int', but 'tag' is a string field, which takes a string",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AnnotatedType_WithTheUsersOwnSplitEnum_GetsTheUsersErrorAtTheUsersMember_AndBuildsOnceFixed()
    {
        // The user's enum is named as the generated option types once were: it must neither collide with them
        // (CS0101 in generated code, which hid LBX1007) nor stop the generated ones from being used beside it.
        var consumer = new ConsumerProject(_package, "annotated-split");
        const string Photo = """
            namespace Consumer;

            internal enum Split { Train, Valid, Test, Holdout }

            [ManifestGen.LabelboxDataRow]
            internal sealed partial record Photo([property: ManifestGen.RowData] string Url, [property: ManifestGen.GlobalKey] string Key)
            {
                [ManifestGen.Metadata("split")]
                public Split? Split { get; init; }
            }
            """;
        consumer.Write("Photo.cs", Photo);
        consumer.Write("Program.cs", """
            using Consumer;
            using ManifestGen;

            var photo = new Photo("https://example.com/a.jpg", "a") { Split = Split.Valid };
            DataRowSpec typed = DataRowSpec.Image("https://example.com/b.jpg").WithGlobalKey("b")
                .WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Test).Build();
            System.Console.WriteLine(photo.ToDataRowSpec().Metadata[0].Value.Text + " " + typed.Metadata[0].Value.Text);
            """);

        var (exit, output) = consumer.Build();
        Assert.NotEqual(0, exit);
        string file = Path.Combine(consumer.Directory, "Photo.cs");
        AssertHas(output, file + "(9,19): error LBX1007: Enum 'Split' does not match the options of metadata field 'split': member 'Holdout' is not an option; its options are train, valid, test");
        Assert.DoesNotContain("CS0101", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".g.cs", output, StringComparison.Ordinal);

        consumer.Write("Photo.cs", Photo.Replace(", Holdout", "", StringComparison.Ordinal));
        var (fixedExit, fixedOutput) = consumer.Build();
        Assert.True(fixedExit == 0, fixedOutput);
        var (runExit, runOutput) = consumer.RunBuilt();
        Assert.True(runExit == 0, runOutput);
        Assert.Equal("cko8sc2yr0004h2dk69aj5x63 cko8scbz70005h2dkastwhgqt", runOutput.Trim());
    }

    [Fact]
    public void AttributeDsl_RoughEdges_AreReportedAtTheUsersCode_AndALoneSurrogateFailsTheWriterNamingTheMember()
    {
        var consumer = new ConsumerProject(_package, "dsl-edges");
        consumer.Write("labelbox.metadata.json", """{ "fields": [ { "name": "clip", "kind": "embedding", "dimensions": 3 } ] }""");
        consumer.Write("Photo.cs", """
            namespace Consumer;

            [ManifestGen.LabelboxDataRow]
            internal sealed partial record Photo([property: ManifestGen.RowData] string Url, [property: ManifestGen.GlobalKey] string Key)
            {
                [ManifestGen.Metadata("tag")] public string? Tag { get; init; }
                [ManifestGen.Metadata("tag")] public string? Weather { get; init; }
            }

            [ManifestGen.LabelboxDataRow]
            internal ref partial struct Scan
            {
                [ManifestGen.RowData] public string Url { get; init; }
                [ManifestGen.GlobalKey] public string Key { get; init; }
            }
            """);
        consumer.Write("Program.cs", """
            using ManifestGen;

            DataRowSpec row = DataRowSpec.Image("https://example.com/a.jpg").WithMetadata(Consumer.LabelboxMetadata.Clip, [1.0, 2.0]).Build();
            System.Console.WriteLine(row.RowData);
            """);

        var (exit, output) = consumer.Build();
        Assert.NotEqual(0, exit);
        AssertHas(output, Path.Combine(consumer.Directory, "Photo.cs") + "(7,50): error LBX1010: [Metadata(\"tag\")] is on 'Tag' and on 'Weather'; Labelbox rejects a row that sets a field twice, so keep one of them");
        AssertHas(output, Path.Combine(consumer.Directory, "Photo.cs") + "(11,29): error LBX1011: 'Scan' is a ref struct, which cannot be a row");
        AssertHas(output, Path.Combine(consumer.Directory, "Program.cs") + "(3,111): error LBX2007: The value for metadata field 'clip' has 2 numbers, but the embedding field takes exactly 3");
        Assert.DoesNotContain(".g.cs", output, StringComparison.Ordinal);

        // Fixed, the type builds; a tag set at run time to half a surrogate pair stops the writer, naming the member.
        consumer.Write("Photo.cs", PhotoType);
        consumer.Write("Program.cs", """
            using System.IO;
            using Consumer;

            using FileStream file = File.Create(args[0]);
            ManifestGen.LabelboxImportJson.Write(file, new[] { new Photo("https://example.com/a.jpg", "a") { Tag = "caf\u00e9 " + "\ud800" } });
            """);
        var (fixedExit, fixedOutput) = consumer.Build();
        Assert.True(fixedExit == 0, fixedOutput);
        var (runExit, runOutput) = consumer.RunBuilt(Path.Combine(consumer.Directory, "rows.json"));
        Assert.NotEqual(0, runExit);
        AssertHas(runOutput, "System.InvalidOperationException: Photo.Tag holds a lone surrogate (U+D800) at position 6 (counting UTF-16 code units), which UTF-8 cannot carry; it was not written rather than written altered.");
    }

    [Fact]
    public void BadManifest_FailsTheBuildWithFileLineColumnErrors()
    {
        var consumer = new ConsumerProject(_package, "bad");
        consumer.Write("Program.cs", "System.Console.WriteLine(Consumer.LabelboxManifests.Bad.Count);");
        consumer.Write("labelbox.metadata.json", Schema);
        consumer.Write("manifests/bad.lbx.json", """
            [
              {"row_data": "https://example.com/ok.jpg", "global_key": "dup"},
              {"row_data": "http://example.com/a.jpg", "global_key": "DUP"},
              {"row_data": "https://s3.us-west-2.amazonaws.com/bucket/b.jpg", "global_key": "k3", "metadata_fields": [{"name": "camra", "value": "x"}]}
            ]
            """);
        consumer.Write("data/sub/cats.lbx.json", """
            [
              {"row_data": "https://example.com/c.jpg", "global_key": "K3"}
            ]
            """);

        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        string file = Path.Combine(consumer.Directory, "manifests", "bad.lbx.json");
        AssertHas(output, file + "(3,16): error LBX0102: row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'");
        AssertHas(output, file + "(3,58): error LBX0201: global_key 'DUP' is already used by the row at line 2, column 60;");
        AssertHas(output, file + "(4,16): warning LBX0103: 'https://s3.us-west-2.amazonaws.com/bucket/b.jpg' is an S3 path-style URL");
        AssertHas(output, file + "(4,116): error LBX0402: There is no metadata field named 'camra'; did you mean 'camera'?");
        // A first use in another manifest is named by its path relative to the project, as MSBuild names the file itself.
        AssertHas(output, file + "(4,81): error LBX0201: global_key 'k3' is already used by the row at data/sub/cats.lbx.json(2,59);");
    }

    [Fact]
    public void MsBuildProperties_MoveTheNamespaceAndExcludeManifests()
    {
        var consumer = new ConsumerProject(_package, "configured");
        consumer.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <ManifestGenNamespace>Company.Imports</ManifestGenNamespace>
                <ManifestGenManifestsExclude>drafts/**</ManifestGenManifestsExclude>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write("images.lbx.json", GoodManifest);
        consumer.Write("labelbox.metadata.json", Schema);
        consumer.Write("drafts/broken.lbx.json", "[{\"row_data\": \"http://not-checked\"");
        consumer.Write("Program.cs", "System.Console.WriteLine(Company.Imports.LabelboxManifests.Images.Count);");

        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("broken.lbx.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MsBuildProperties_IncludeOnlyTheGivenManifests()
    {
        var consumer = new ConsumerProject(_package, "included");
        consumer.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <ManifestGenManifests>imports/**/*.lbx.json</ManifestGenManifests>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write("imports/cats/images.lbx.json", GoodManifest);
        consumer.Write("labelbox.metadata.json", Schema);
        consumer.Write("scratch/broken.lbx.json", "[{\"row_data\": \"http://not-checked\"");
        consumer.Write("Program.cs", "System.Console.WriteLine(Consumer.LabelboxManifests.Images.Count);");

        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("broken.lbx.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MsBuildProperties_LimitTheManifestDiagnostics()
    {
        var consumer = new ConsumerProject(_package, "limited");
        consumer.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <ManifestGenSameProblemLimit>1</ManifestGenSameProblemLimit>
                <ManifestGenProblemLimit>3</ManifestGenProblemLimit>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write("b.lbx.json", SameMistakeManifests.Rows("b", 4));
        consumer.Write("a.lbx.json", SameMistakeManifests.Rows("a", 4));
        consumer.Write("Program.cs", "System.Console.WriteLine();");

        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        const string Image = SameMistakeManifests.Image;
        string a = Path.Combine(consumer.Directory, "a.lbx.json");
        string b = Path.Combine(consumer.Directory, "b.lbx.json");
        AssertHas(output, a + "(2,80): error LBX0301: " + Image + " (https://");
        AssertHas(output, a + "(3,80): error LBX0301: " + Image + SameMistakeManifests.More(2));
        AssertHas(output, b + "(2,80): error LBX0301: " + Image + " (https://");
        AssertHas(output, b + "(3,80): error LBX0008: 1 more diagnostic(s), from here on in 1 manifest(s) (in path order), are not listed, as ManifestGenProblemLimit is 3;");
        Assert.DoesNotContain("b.lbx.json(4,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MsBuildProperties_ManifestGenEnabledFalse_ChecksNoManifest()
    {
        var consumer = new ConsumerProject(_package, "disabled");
        consumer.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <ManifestGenEnabled>false</ManifestGenEnabled>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write("broken.lbx.json", "[{\"row_data\": \"http://not-checked\"");
        consumer.Write("Program.cs", "System.Console.WriteLine();");

        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("LBX", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfig_SetsManifestSeverities_WithGlobalConfigAndTheCommandLineOnTop_AndLbxValidateAgrees()
    {
        var consumer = new ConsumerProject(_package, "severities");
        consumer.Write("Program.cs", "System.Console.WriteLine(Consumer.LabelboxManifests.A.Count);");
        SeverityTree.WriteInto(consumer);

        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        Assert.Equal(SeverityTree.Expected.OrderBy(l => l, StringComparer.Ordinal), SeverityTree.Diagnostics(output, consumer.Directory));
        AssertHas(output, Path.Combine(consumer.Directory, "data", "b.lbx.json") + "(2,17): error LBX0103: 'https://s3.us-west-2.amazonaws.com/my-bucket/images/a.tiff' is an S3 path-style URL");
        Assert.DoesNotContain("LBX0006", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);

        // The installed tool on the same tree, given the project's <NoWarn> and <WarningsAsErrors>: the same lines, messages included.
        string lbx = InstalledTool.Install(_package, Path.Combine(_package.Work, "severities-tool"));
        var validate = DotNet.RunProgram(lbx, consumer.Directory, TimeSpan.FromMinutes(1),
            "validate", "--nowarn", SeverityTree.NoWarn, "--warnings-as-errors", SeverityTree.WarningsAsErrors);
        Assert.True(validate.ExitCode == 1, validate.Output);
        Assert.Equal(SeverityTree.Diagnostics(output, consumer.Directory, messages: true), SeverityTree.Diagnostics(validate.Output, consumer.Directory, messages: true));
    }

    [Fact]
    public void InfoDiagnostic_IsNotPrintedByTheBuild_ButIsInItsErrorLog()
    {
        // As docs/diagnostics/LBX0203.md says: the compiler writes info diagnostics only to an error log.
        var consumer = new ConsumerProject(_package, "info");
        consumer.Write("Program.cs", "System.Console.WriteLine(Consumer.LabelboxManifests.Images.Count);");
        consumer.Write("images.lbx.json", """[{"row_data": "https://example.com/a.jpg"}]""");

        var (exitCode, output) = consumer.Build("-v:detailed");
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("LBX0203", output, StringComparison.Ordinal);

        var (logExitCode, logOutput) = consumer.Build("--no-incremental", "-p:ErrorLog=build.sarif");
        Assert.True(logExitCode == 0, logOutput);
        Assert.DoesNotContain("LBX0203", logOutput, StringComparison.Ordinal);
        JsonNode result = Assert.Single(JsonNode.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "build.sarif")))!["runs"]![0]!["results"]!.AsArray(),
            r => (string?)r!["ruleId"] == "LBX0203")!;
        Assert.Equal("note", (string?)result["level"]);
    }

    [Fact]
    public void CSharpLiterals_AreChecked_AndEditorConfigSetsTheirSeverity()
    {
        // The code fixes' assembly sits beside the analyzers; the compiler must load the analyzers
        // and pass over it without a warning (CS8032) or an analyzer failure (AD0001).
        var consumer = new ConsumerProject(_package, "literals");
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.LBX2002.severity = error\ndotnet_diagnostic.LBX2003.severity = none\n");
        consumer.Write("Program.cs", """
            using ManifestGen;

            var rows = new[]
            {
                DataRowSpec.Image("http://example.com/a.jpg").WithGlobalKey("a").Build(),
                DataRowSpec.Image("https://s3.us-west-2.amazonaws.com/bucket/b.gif").WithGlobalKey("A").Build(),
            };
            System.Console.WriteLine(rows.Length);
            """);

        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        string file = Path.Combine(consumer.Directory, "Program.cs");
        AssertHas(output, file + "(5,23): error LBX2001: row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'");
        AssertHas(output, file + "(6,23): error LBX2002: 'https://s3.us-west-2.amazonaws.com/bucket/b.gif' is an S3 path-style URL");
        AssertHas(output, file + "(6,88): error LBX2005: Global key 'A' is already used at line 5, column 65;");
        Assert.DoesNotContain("LBX2003", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    private static void AssertHas(string output, string expected) =>
        Assert.True(output.Contains(expected, StringComparison.Ordinal), "Expected:\n" + expected + "\nin build output:\n" + output);
}
