using System.Linq;
using ManifestGen.Generator.Manifests;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>
/// `.editorconfig` severities reach manifest diagnostics in the IDE: the analyzer runs through
/// CompilationWithAnalyzers with the options a workspace builds from its analyzer config documents.
/// (The packed consumer build checks the same in `dotnet build`.)
/// </summary>
public class EditorConfigTests
{
    private static IdeWorkspace Tree(CompilationOptions? options = null) => new IdeWorkspace(options)
        .AddConfig("/p/.editorconfig", """
            root = true
            [*]
            dotnet_diagnostic.LBX0107.severity = error
            [*.lbx.json]
            dotnet_diagnostic.LBX0104.severity = error
            [data/**.lbx.json]
            dotnet_diagnostic.LBX0103.severity = suggestion
            """)
        .AddConfig("/p/data/nested/.editorconfig", """
            [*.lbx.json]
            dotnet_diagnostic.LBX0104.severity = none
            dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity = warning
            """)
        .AddConfig("/p/vendor/.editorconfig", """
            root = true
            [*]
            dotnet_diagnostic.LBX0107.severity = suggestion
            """)
        .AddConfig("/p/.globalconfig", """
            is_global = true
            dotnet_diagnostic.LBX0103.severity = error
            dotnet_diagnostic.LBX0107.severity = none
            """)
        .AddManifest("/p/a.lbx.json", SeverityManifests.FourRules("a"))
        .AddManifest("/p/data/b.lbx.json", SeverityManifests.FourRules("b"))
        .AddManifest("/p/data/nested/c.lbx.json", SeverityManifests.FourRules("c"))
        .AddManifest("/p/vendor/d.lbx.json", SeverityManifests.FourRules("d"));

    private static string[] Severities(string[] lines, string path) =>
        lines.Where(l => l.StartsWith(path + "(", System.StringComparison.Ordinal))
            .Select(l => l.Substring(l.IndexOf(": ", System.StringComparison.Ordinal) + 2).Split(':')[0])
            .ToArray();

    [Fact]
    public void SectionsNestedFilesRootNoneCategoryAndGlobalConfig_AsForCSharpFiles()
    {
        string[] lines = Tree().Run(new ManifestAnalyzer(new ManifestChecks()));

        // The global config's LBX0103 = error holds where no .editorconfig names LBX0103; [*] turns LBX0107 into an error over it.
        Assert.Equal(["error LBX0103", "error LBX0104", "error LBX0107", "error LBX0102"], Severities(lines, "/p/a.lbx.json"));
        Assert.Equal(["info LBX0103", "error LBX0104", "error LBX0107", "error LBX0102"], Severities(lines, "/p/data/b.lbx.json"));

        // The nested file turns LBX0104 off, and its category key lowers LBX0102, which no file names by id.
        Assert.Equal(["info LBX0103", "error LBX0107", "warning LBX0102"], Severities(lines, "/p/data/nested/c.lbx.json"));

        // root = true: the parent's sections do not reach vendor/; the global config does.
        Assert.Equal(["error LBX0103", "warning LBX0104", "info LBX0107", "error LBX0102"], Severities(lines, "/p/vendor/d.lbx.json"));
        Assert.Contains("/p/a.lbx.json(2,17): error LBX0104: 'https://s3.us-west-2.amazonaws.com/my-bucket/images/a.tiff' has the extension 'tiff', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path", lines);
    }

    [Fact]
    public void TheCommandLineStillAppliesOnTop()
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            generalDiagnosticOption: ReportDiagnostic.Error,
            specificDiagnosticOptions: [new("LBX0104", ReportDiagnostic.Suppress), new("LBX0107", ReportDiagnostic.Default)]);
        string[] lines = Tree(options).Run(new ManifestAnalyzer(new ManifestChecks()));

        // <NoWarn>LBX0104 beats the .editorconfig's error; <WarningsNotAsErrors>LBX0107 keeps its own warning
        // over both the config and TreatWarningsAsErrors, which raises the category's warning for LBX0102.
        Assert.Equal(["error LBX0103", "warning LBX0107", "error LBX0102"], Severities(lines, "/p/a.lbx.json"));
        Assert.Equal(["info LBX0103", "warning LBX0107", "error LBX0102"], Severities(lines, "/p/data/nested/c.lbx.json"));
    }

    [Fact]
    public void EditingAnEditorConfig_ChangesOnlyTheManifestsItCovers_AndRevalidatesNone()
    {
        var checks = new ManifestChecks();
        var analyzer = new ManifestAnalyzer(checks);
        IdeWorkspace tree = Tree();
        string[] before = tree.Run(analyzer);
        Assert.Equal(4, checks.Validations);

        tree.EditConfig("/p/data/nested/.editorconfig", "[*.lbx.json]\ndotnet_diagnostic.LBX0104.severity = suggestion\n");
        string[] after = tree.Run(analyzer);

        Assert.Equal(4, checks.Validations);
        Assert.Equal(before.Where(l => !l.StartsWith("/p/data/nested/", System.StringComparison.Ordinal)),
            after.Where(l => !l.StartsWith("/p/data/nested/", System.StringComparison.Ordinal)));
        Assert.Equal(["info LBX0103", "info LBX0104", "error LBX0107", "error LBX0102"], Severities(after, "/p/data/nested/c.lbx.json"));
    }
}
