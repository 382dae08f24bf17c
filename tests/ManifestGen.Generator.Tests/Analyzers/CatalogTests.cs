using System.IO;
using System.Linq;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Generator.Tests.Infrastructure;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>The diagnostic catalog, its release notes and its docs agree.</summary>
public class CatalogTests
{
    [Fact]
    public void UnshippedReleaseNotes_ListExactlyTheCatalog()
    {
        string[] listed = File.ReadAllLines(RepoPaths.Combine("src", "ManifestGen.Generator", "Diagnostics", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("LBX", System.StringComparison.Ordinal))
            .ToArray();
        string[] expected = RuleCatalog.All.Select(r => r.Id + " | " + r.Category + " | " + r.Severity + " | " + r.Title).ToArray();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void EveryRule_HasADocsPageAsItsHelpLink()
    {
        foreach (DiagnosticDescriptor descriptor in Descriptors.All)
        {
            string page = RepoPaths.Combine("docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.EndsWith("/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri, System.StringComparison.Ordinal);
            Assert.StartsWith("# " + descriptor.Id + ":", File.ReadAllText(page), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnlyTheDuplicateKeyDescriptors_AreCompilationEndDiagnostics() =>
        Assert.Equal(
            new[] { "LBX0201", "LBX2005" },
            Descriptors.All.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(d => d.Id).ToArray());
}
