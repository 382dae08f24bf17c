using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// ManifestGen.Sandbox as a user gets it: the packed library, and the README's xUnit fixture example run
/// with <c>dotnet test</c> in a fresh test project that has both packages from the local feed.
/// </summary>
[Collection(PackageCollection.Name)]
public class SandboxPackageTests
{
    /// <summary>The comment in README.md right before the example's code block.</summary>
    private const string ReadmeMarker = "sandbox-xunit-example:";

    private readonly PackageFixture _package;

    public SandboxPackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_IsTheNet8LibraryWithTheAspNetCoreFrameworkAndPinnedDependencies()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.SandboxPackage);
        Assert.Equal(
            new[] { "lib/net8.0/ManifestGen.Sandbox.dll", "lib/net8.0/ManifestGen.Sandbox.xml" },
            zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));
        Assert.NotNull(zip.GetEntry("PACKAGE.md"));

        using var reader = new StreamReader(zip.GetEntry("ManifestGen.Sandbox.nuspec")!.Open());
        XElement metadata = XDocument.Parse(reader.ReadToEnd()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("ManifestGen.Sandbox", metadata.Element(ns + "id")!.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("PACKAGE.md", metadata.Element(ns + "readme")!.Value);
        Assert.Contains("Labelbox", metadata.Element(ns + "description")!.Value, StringComparison.Ordinal);
        Assert.Contains("sandbox", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);

        // A consumer on Microsoft.NET.Sdk gets ASP.NET Core through this, not through a reference of its own.
        XElement frameworks = Assert.Single(metadata.Element(ns + "frameworkReferences")!.Elements());
        Assert.Equal("net8.0", frameworks.Attribute("targetFramework")!.Value);
        Assert.Equal(new[] { "Microsoft.AspNetCore.App" }, frameworks.Elements().Select(f => f.Attribute("name")!.Value));

        // Every dependency at the version Directory.Packages.props pins (the list grows with the sandbox).
        XElement dependencies = Assert.Single(metadata.Element(ns + "dependencies")!.Elements());
        Assert.Equal("net8.0", dependencies.Attribute("targetFramework")!.Value);
        var ids = dependencies.Elements().Select(d => d.Attribute("id")!.Value).ToList();
        Assert.Contains("GraphQL", ids);
        Assert.Contains("GraphQL.SystemTextJson", ids);
        Assert.All(dependencies.Elements(), d => Assert.Equal(_package.PinnedVersion(d.Attribute("id")!.Value), d.Attribute("version")!.Value));
    }

    [Fact]
    public void ReadmeXunitExample_BuildsAndPasses_InATestProjectWithBothPackages()
    {
        string example = ReadmeExample();
        var consumer = ConsumerProject.XunitTests(_package, "xunit-sandbox");
        consumer.Write("SandboxTests.cs", example);

        var (buildExit, buildOutput) = consumer.Build();
        Assert.True(buildExit == 0, buildOutput);

        // Both packages came from the folder feed, and ASP.NET Core came with the sandbox package: the
        // project names no framework of its own, yet its runtime configuration asks for it, on both targets.
        foreach (string id in new[] { "manifestgen", "manifestgen.sandbox" })
        {
            string restored = Path.Combine(_package.Work, "packages", id, _package.Version, ".nupkg.metadata");
            Assert.Equal(_package.Feed, (string?)JsonNode.Parse(File.ReadAllText(restored))!["source"]);
        }

        foreach (string framework in new[] { "net8.0", "net10.0" })
        {
            string runtimeConfig = File.ReadAllText(Path.Combine(consumer.Directory, "bin", "Debug", framework, "Consumer.Tests.runtimeconfig.json"));
            Assert.Contains("\"Microsoft.AspNetCore.App\"", runtimeConfig, StringComparison.Ordinal);
        }

        var (testExit, testOutput) = consumer.TestBuilt();
        Assert.True(testExit == 0, testOutput);
        int facts = Regex.Count(example, @"\[Fact\]");
        Assert.True(facts >= 2, example);
        Assert.Matches(new Regex(@"Failed:\s+0, Passed:\s+" + facts + @", Skipped:\s+0, Total:\s+" + facts), testOutput);
    }

    /// <summary>The C# block right after the README's marker, exactly as a reader would paste it.</summary>
    private static string ReadmeExample()
    {
        ReadmeBlock block = ReadmeBlocks.Marked(ReadmeMarker);
        Assert.True(block.Language == "csharp", "The marker must be followed at once by a ```csharp block: " + block);
        return block.Code;
    }
}
