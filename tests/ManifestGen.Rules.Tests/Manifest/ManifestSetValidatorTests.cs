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

    /// <summary>
    /// Keys across files are the same key ignoring case, written with escapes or not, non-ASCII letters too: a later
    /// file's first use of a key names the first file's place, its later uses the place in their own file; the same
    /// whether rows are streamed (keys left in the text) or kept (as lbx submit keeps them).
    /// </summary>
    [Fact]
    public void DuplicateAcrossFiles_EscapedCaseAndNonAscii_StreamedOrKept()
    {
        static string Manifest(params string[] tokens) =>
            "[\n" + string.Join(",\n", tokens.Select(t => "  {\"row_data\": \"https://example.com/x.jpg\", \"global_key\": " + t + "}")) + "\n]";
        ManifestSetEntry[] Entries() => new[]
        {
            new ManifestSetEntry(new TextFile("/p/b.lbx.json", Manifest("\"AA\"", "\"\\u00e4rger\"", "\"aa\"", "\"Straße\"", "\"ÄRGER\"")), null),
            new ManifestSetEntry(new TextFile("/p/a.lbx.json", Manifest("\"a\\u0041\"", "\"Ärger\"", "\"STRASSE\"")), null),
        };
        string[] expected =
        {
            "/p/b.lbx.json(2,59)-(2,63) LBX0201: global_key 'AA' is already used by the row at a.lbx.json(2,59); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
            "/p/b.lbx.json(3,59)-(3,71) LBX0201: global_key 'ärger' is already used by the row at a.lbx.json(3,59); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
            "/p/b.lbx.json(4,59)-(4,63) LBX0201: global_key 'aa' is already used by the row at line 2, column 59; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
            "/p/b.lbx.json(6,59)-(6,66) LBX0201: global_key 'ÄRGER' is already used by the row at line 3, column 59; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
        };

        Assert.Equal(expected, Show(ManifestSetValidator.Validate(Entries(), System.Array.Empty<TextFile>(), ShowFromP)));
        int kept = 0;
        Assert.Equal(expected, Show(ManifestSetValidator.Validate(Entries(), System.Array.Empty<TextFile>(), ShowFromP, (_, _) => kept++)));
        Assert.Equal(2, kept);
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
