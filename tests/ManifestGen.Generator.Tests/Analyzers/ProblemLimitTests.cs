using System.Collections.Generic;
using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using ManifestGen.Testing;
using static ManifestGen.Testing.SameMistakeManifests;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>
/// One mistake written into every row of every manifest gives a short list: a few places per rule and
/// file, then one diagnostic with the count of the rest (ManifestGenSameProblemLimit), and at most so
/// many diagnostics in all, in path order, then one LBX0008 (ManifestGenProblemLimit).
/// </summary>
public class ProblemLimitTests
{
    private static Dictionary<string, string> With(string? samePlaces = null, string? total = null)
    {
        Dictionary<string, string> properties = AnalyzerRunner.InProject(AnalyzerRunner.ProjectDir);
        if (samePlaces != null)
        {
            properties["build_property.ManifestGenSameProblemLimit"] = samePlaces;
        }

        if (total != null)
        {
            properties["build_property.ManifestGenProblemLimit"] = total;
        }

        return properties;
    }

    private static string[] Run(Dictionary<string, string> properties, params (string Path, string Text)[] files) =>
        AnalyzerRunner.Format(AnalyzerRunner.Run(properties, files));

    [Fact]
    public void OneRuleOnEveryRow_ListsThreePlacesThenOneWithTheCountOfTheRest() => DiagnosticAssert.Lines(
        new[]
        {
            "/p/a.lbx.json(2,80): error LBX0301: " + Image,
            "/p/a.lbx.json(3,80): error LBX0301: " + Image,
            "/p/a.lbx.json(4,80): error LBX0301: " + Image,
            "/p/a.lbx.json(5,80): error LBX0301: media_type 'image' is not a Labelbox media type; did you mean 'IMAGE'? (the same problem is at 196 more places in this file, not listed; lbx validate lists every one)",
        },
        Run(With(), ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 200))));

    [Fact]
    public void OneMorePlace_IsSingular() => DiagnosticAssert.Lines(
        new[]
        {
            "/p/a.lbx.json(2,80): error LBX0301: " + Image,
            "/p/a.lbx.json(3,80): error LBX0301: " + Image + More(1),
        },
        Run(With(samePlaces: "1"), ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 3))));

    [Fact]
    public void EachRuleIsCountedOnItsOwn_AndKeepsItsFix()
    {
        var diagnostics = AnalyzerRunner.Run(With(samePlaces: "1"), ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 5, http: 3)));
        DiagnosticAssert.Lines(
            new[]
            {
                "/p/a.lbx.json(2,16): error LBX0102: row_data must be an https URL; 'http://example.com/a1.jpg' uses http; use 'https://example.com/a1.jpg'",
                "/p/a.lbx.json(2,79): error LBX0301: " + Image,
                "/p/a.lbx.json(3,16): error LBX0102: row_data must be an https URL; 'http://example.com/a2.jpg' uses http; use 'https://example.com/a2.jpg' (the same problem is at 1 more place in this file, not listed; lbx validate lists every one)",
                "/p/a.lbx.json(3,79): error LBX0301: " + Image + More(3),
            },
            AnalyzerRunner.Format(diagnostics));
        Assert.All(diagnostics, d => Assert.True(d.Properties.ContainsKey("Fix")));
        Assert.Equal("https://example.com/a2.jpg", diagnostics.Single(d => d.Id == "LBX0102" && d.Location.GetLineSpan().StartLinePosition.Line == 2).Properties["Fix"]);
    }

    [Fact]
    public void ZeroListsEveryPlace() =>
        Assert.Equal(200, Run(With(samePlaces: "0"), ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 200))).Length);

    [Fact]
    public void TheGroupedPlace_TakesTheRulesConfiguredSeverity() => DiagnosticAssert.Lines(
        new[]
        {
            "/p/a.lbx.json(2,80): warning LBX0301: " + Image,
            "/p/a.lbx.json(3,80): warning LBX0301: " + Image + More(2),
        },
        Run(With(samePlaces: "1"), ("/p/.editorconfig", "root = true\n[*.lbx.json]\ndotnet_diagnostic.LBX0301.severity = warning\n"), ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 4))));

    [Fact]
    public void TheLimitAcrossFiles_ListsTheFirstInPathOrder_ThenOneLBX0008()
    {
        string[] expected =
        {
            "/p/a.lbx.json(2,80): error LBX0301: " + Image,
            "/p/a.lbx.json(3,80): error LBX0301: " + Image,
            "/p/a.lbx.json(4,80): error LBX0301: " + Image,
            "/p/b.lbx.json(2,80): error LBX0301: " + Image,
            "/p/b.lbx.json(3,80): error LBX0301: " + Image,
            "/p/b.lbx.json(4,80): error LBX0008: 3 more diagnostic(s), from here on in 2 manifest(s) (in path order), are not listed, as ManifestGenProblemLimit is 5; fix the ones listed, or run lbx validate to list every one",
        };
        (string, string)[] files = { ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 3)), ("/p/b.lbx.json", SameMistakeManifests.Rows("b", 3)), ("/p/c.lbx.json", SameMistakeManifests.Rows("c", 2)) };
        DiagnosticAssert.Lines(expected, Run(With(total: "5"), files));

        // The same files in another order, as the analyzer's actions may take them: the same diagnostics.
        DiagnosticAssert.Lines(expected, Run(With(total: "5"), files.Reverse().ToArray()));
    }

    [Fact]
    public void LBX0008_IsAWarning_WhenOnlyWarningsAreLeftOut() => DiagnosticAssert.Lines(
        new[]
        {
            "/p/a.lbx.json(2,80): warning LBX0301: " + Image,
            "/p/b.lbx.json(2,80): warning LBX0008: 1 more diagnostic(s), from here on in 1 manifest(s) (in path order), are not listed, as ManifestGenProblemLimit is 1; fix the ones listed, or run lbx validate to list every one",
        },
        Run(With(total: "1"), ("/p/.editorconfig", "root = true\n[*.lbx.json]\ndotnet_diagnostic.LBX0301.severity = warning\n"), ("/p/a.lbx.json", SameMistakeManifests.Rows("a", 1)), ("/p/b.lbx.json", SameMistakeManifests.Rows("b", 1))));

    [Fact]
    public void ByDefault_ThreePlacesPerRuleAndFile_And200InAll()
    {
        (string, string)[] files = Enumerable.Range(0, 60).Select(i => ("/p/m" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".lbx.json", SameMistakeManifests.Rows("f" + i + "-", 9))).ToArray();
        string[] lines = AnalyzerRunner.Format(AnalyzerRunner.Run(files));
        Assert.Equal(201, lines.Length);
        Assert.Equal(
            "/p/m50.lbx.json(2,86): error LBX0008: 40 more diagnostic(s), from here on in 10 manifest(s) (in path order), are not listed, as ManifestGenProblemLimit is 200; fix the ones listed, or run lbx validate to list every one",
            lines.Single(l => l.Contains("LBX0008", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("/p/m51", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ZeroOrAMistypedValue_ForTheLimitAcrossFiles()
    {
        (string, string)[] files = Enumerable.Range(0, 60).Select(i => ("/p/m" + i + ".lbx.json", SameMistakeManifests.Rows("f" + i + "-", 9))).ToArray();
        Assert.Equal(240, Run(With(total: "0"), files).Length);
        Assert.Equal(201, Run(With(total: "lots"), files).Length);
    }
}
