using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Manifest;

public class ManifestSetValidatorTests
{
    private static string Rows(params string[] keys) =>
        "[\n" + string.Join(",\n", keys.Select(k => "  {\"row_data\": \"https://example.com/" + k + ".jpg\", \"global_key\": \"" + k + "\"}")) + "\n]";

    private static string[] Show(System.Collections.Generic.IEnumerable<FileProblem> problems) =>
        problems.Select(p => $"{p.Path}({p.Line},{p.Column})-({p.EndLine},{p.EndColumn}) {p.Rule.Id}: {p.Problem.Message}").ToArray();

    /// <summary>Paths as a caller working in /p prints them.</summary>
    private static string ShowFromP(string path) => path.Substring("/p/".Length);

    [Fact]
    public void DuplicateAcrossFiles_PointsAtTheFirstByPath_WhateverTheOrderGiven()
    {
        var problems = ManifestSetValidator.Validate(
            new[] { new ManifestSetEntry(new TextFile("/p/e.lbx.json", Rows("three", "TWO")), null), new ManifestSetEntry(new TextFile("/p/data/a.lbx.json", Rows("one", "two")), null) },
            System.Array.Empty<TextFile>(), ShowFromP);
        Assert.Equal(
            new[] { "/p/e.lbx.json(3,61)-(3,66) LBX0201: global_key 'TWO' is already used by the row at data/a.lbx.json(3,61); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them" },
            Show(problems));
    }

    [Fact]
    public void SharedSchema_IsCheckedOnce_AndDeclaresTheFields()
    {
        var schema = new TextFile("/p/labelbox.metadata.json", "{\"fields\": [{\"name\": \"camera\", \"kind\": \"string\"}, {\"name\": \"camera\", \"kind\": \"string\"}]}");
        string Manifest(string key) => "[{\"row_data\": \"https://example.com/x.jpg\", \"global_key\": \"" + key + "\", \"metadata_fields\": [{\"name\": \"camera\", \"value\": \"a\"}]}]";
        var problems = ManifestSetValidator.Validate(
            new[] { new ManifestSetEntry(new TextFile("/p/a.lbx.json", Manifest("a")), schema), new ManifestSetEntry(new TextFile("/p/b.lbx.json", Manifest("b")), schema) },
            new[] { schema }, ShowFromP);
        Assert.Equal(new[] { "LBX0602" }, problems.Select(p => p.Rule.Id));
        Assert.Equal("/p/labelbox.metadata.json", problems[0].Path);
    }

    [Fact]
    public void SpanPastTheEnd_IsClampedToTheText()
    {
        var problems = ManifestSetValidator.Validate(new[] { new ManifestSetEntry(new TextFile("/p/a.lbx.json", "[{"), null) }, System.Array.Empty<TextFile>(), ShowFromP);
        Assert.All(problems, p => Assert.True(p.EndColumn <= 3 && p.EndLine == 1, p.ToString()));
    }
}
