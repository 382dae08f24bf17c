using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>Checks that need every manifest of the project at once.</summary>
public class CrossFileTests
{
    private static string Rows(params string[] keys) =>
        "[\n" + string.Join(",\n", System.Array.ConvertAll(keys, k => "  {\"row_data\": \"https://example.com/" + k + ".jpg\", \"global_key\": \"" + k + "\"}")) + "\n]";

    [Fact]
    public void DuplicateKeyInAnotherFile_PointsAtTheFirstFile()
    {
        var diagnostics = AnalyzerRunner.Run(("/p/a.lbx.json", Rows("one", "two")), ("/p/b.lbx.json", Rows("three", "TWO")));
        DiagnosticAssert.Lines(
            new[] { "/p/b.lbx.json(3,61): error LBX0201: global_key 'TWO' is already used by the row at a.lbx.json(3,61); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them" },
            AnalyzerRunner.Format(diagnostics));
        Assert.Equal("/p/a.lbx.json", Assert.Single(Assert.Single(diagnostics).AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public void DuplicateKeyInAnotherFolder_NamesTheFirstUse_RelativeToTheProject()
    {
        var diagnostics = AnalyzerRunner.Run(("/p/data/sub/cats.lbx.json", Rows("one", "two")), ("/p/more.lbx.json", Rows("TWO")));
        DiagnosticAssert.Lines(
            new[] { "/p/more.lbx.json(2,61): error LBX0201: global_key 'TWO' is already used by the row at data/sub/cats.lbx.json(3,61); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them" },
            AnalyzerRunner.Format(diagnostics));
    }

    [Fact]
    public void WithoutProjectDir_TheFirstUseKeepsItsFullPath()
    {
        var diagnostics = AnalyzerRunner.Run(new System.Collections.Generic.Dictionary<string, string>(), ("/p/data/a.lbx.json", Rows("k")), ("/p/e.lbx.json", Rows("k")));
        Assert.Contains("already used by the row at /p/data/a.lbx.json(2,59);", Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void KeyRepeatedInAFileAndUsedInAnother_IsReportedOncePerRepeat()
    {
        var diagnostics = AnalyzerRunner.Run(("/p/a.lbx.json", Rows("k")), ("/p/b.lbx.json", Rows("k", "k")));
        DiagnosticAssert.Lines(
            new[]
            {
                "/p/b.lbx.json(2,59): error LBX0201: global_key 'k' is already used by the row at a.lbx.json(2,59); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
                "/p/b.lbx.json(3,59): error LBX0201: global_key 'k' is already used by the row at line 2, column 59; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
            },
            AnalyzerRunner.Format(diagnostics));
    }

    /// <summary>
    /// The analyzer keeps each file's keys as spans of its text (escaped keys decoded) for the compilation-end check: the
    /// same key ignoring case, escaped or not, non-ASCII letters too, is found across files and within a file.
    /// </summary>
    [Fact]
    public void DuplicateKeys_EscapedCaseAndNonAscii_AcrossFilesAndWithin()
    {
        static string Manifest(params string[] tokens) =>
            "[\n" + string.Join(",\n", System.Array.ConvertAll(tokens, t => "  {\"row_data\": \"https://example.com/x.jpg\", \"global_key\": " + t + "}")) + "\n]";
        var diagnostics = AnalyzerRunner.Run(
            ("/p/a.lbx.json", Manifest("\"a\\u0041\"", "\"Ärger\"", "\"STRASSE\"")),
            ("/p/b.lbx.json", Manifest("\"AA\"", "\"\\u00e4rger\"", "\"aa\"", "\"Straße\"", "\"ÄRGER\"")));
        DiagnosticAssert.Lines(
            new[]
            {
                "/p/b.lbx.json(2,59): error LBX0201: global_key 'AA' is already used by the row at a.lbx.json(2,59); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
                "/p/b.lbx.json(3,59): error LBX0201: global_key 'ärger' is already used by the row at a.lbx.json(3,59); global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
                "/p/b.lbx.json(4,59): error LBX0201: global_key 'aa' is already used by the row at line 2, column 59; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
                "/p/b.lbx.json(6,59): error LBX0201: global_key 'ÄRGER' is already used by the row at line 3, column 59; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
            },
            AnalyzerRunner.Format(diagnostics));
    }

    [Fact]
    public void OtherAdditionalFiles_AreIgnored() =>
        Assert.Empty(AnalyzerRunner.Run(("/p/settings.json", "{ not json"), ("/p/notes.txt", "x")));
}
