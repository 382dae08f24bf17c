using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace ManifestGen.CodeFixes.Tests;

/// <summary>
/// The LBX2001/LBX2002 fixes: each is applied in a workspace, the new text is compared exactly, and
/// the project is analyzed and compiled again: the fixed diagnostic is gone, every other one is still
/// there, and there is no compiler error.
/// </summary>
public class UrlLiteralCodeFixTests
{
    private static readonly UrlLiteralCodeFixProvider Provider = new();

    private static string Photos(string body) =>
        "using ManifestGen;\n\npublic static class Photos\n{\n    private const string Cat = \"http://example.com/cats/0.jpg\";\n\n"
        + "    public static object[] Build(string url) => new object[]\n    {\n" + body + "\n    };\n}\n";

    [Fact]
    public Task LBX2001_Http_BecomesHttps() => AssertFixAsync(
        Photos("        DataRowSpec.Image(\"http://example.com/cats/1.jpg\"),"),
        Photos("        DataRowSpec.Image(\"https://example.com/cats/1.jpg\"),"),
        "LBX2001", "Use the https URL 'https://example.com/cats/1.jpg'");

    [Fact]
    public Task LBX2001_S3Uri_BecomesItsHttpsForm_InAnAttachment() => AssertFixAsync(
        Photos("        Attachment.ImageOverlay(\"s3://my-bucket/cats/1-rgb.jpg\", \"RGB\"),"),
        Photos("        Attachment.ImageOverlay(\"https://my-bucket.s3.amazonaws.com/cats/1-rgb.jpg\", \"RGB\"),"),
        "LBX2001", "Use the https URL 'https://my-bucket.s3.amazonaws.com/cats/1-rgb.jpg'");

    [Fact]
    public Task LBX2002_PathStyle_BecomesVirtualHosted() => AssertFixAsync(
        Photos("        DataRowSpec.Image(\"https://s3.eu-west-1.amazonaws.com/my-bucket/cats/1.jpg\"),"),
        Photos("        DataRowSpec.Image(\"https://my-bucket.s3.eu-west-1.amazonaws.com/cats/1.jpg\"),"),
        "LBX2002", "Use the virtual-hosted S3 URL 'https://my-bucket.s3.eu-west-1.amazonaws.com/cats/1.jpg'");

    [Fact]
    public Task VerbatimAndRawStrings_BecomeRegularEscapedLiterals() => AssertFixAsync(
        Photos("        DataRowSpec.Image(@\"http://example.com/cats/\"\"1\"\".jpg\"),\n        DataRowSpec.Image(\"\"\"http://example.com/cats/2.jpg\"\"\"),"),
        Photos("        DataRowSpec.Image(\"https://example.com/cats/\\\"1\\\".jpg\"),\n        DataRowSpec.Image(\"\"\"http://example.com/cats/2.jpg\"\"\"),"),
        "LBX2001", "Use the https URL 'https://example.com/cats/\"1\".jpg'");

    [Fact]
    public Task RawString_BecomesARegularLiteral() => AssertFixAsync(
        Photos("        DataRowSpec.Image(\"\"\"http://example.com/cats/2.jpg\"\"\"),"),
        Photos("        DataRowSpec.Image(\"https://example.com/cats/2.jpg\"),"),
        "LBX2001", "Use the https URL 'https://example.com/cats/2.jpg'");

    [Fact]
    public Task AConstFieldReference_FixesTheConstsDeclaration() => AssertFixAsync(
        Photos("        DataRowSpec.Image(Cat),"),
        Photos("        DataRowSpec.Image(Cat),").Replace("\"http://example.com/cats/0.jpg\"", "\"https://example.com/cats/0.jpg\"", StringComparison.Ordinal),
        "LBX2001", "Use the https URL 'https://example.com/cats/0.jpg'");

    [Fact]
    public async Task AConstInAnotherFile_IsFixedInThatFile()
    {
        const string urls = "public static class Urls\n{\n    public const string Dog = \"http://example.com/dogs/1.jpg\";\n}\n";
        string photos = Photos("        ManifestGen.DataRowSpec.Image(Urls.Dog),");
        Project project = FixRunner.CreateProject(("Photos.cs", photos), ("Urls.cs", urls));
        Diagnostic diagnostic = (await FixRunner.DiagnosticsAsync(project)).Single(d => d.Id == "LBX2001" && d.Location.SourceTree!.FilePath == "/p/Photos.cs" && d.GetMessage(CultureInfo.InvariantCulture).Contains("dogs", StringComparison.Ordinal));
        Solution fixedSolution = await FixRunner.ApplyAsync(Assert.Single(await FixRunner.ActionsAsync(project, diagnostic, Provider)));
        Project fixedProject = fixedSolution.GetProject(project.Id)!;
        Assert.Equal(urls.Replace("http:", "https:", StringComparison.Ordinal), (await fixedProject.Documents.Single(d => d.Name == "Urls.cs").GetTextAsync()).ToString());
        Assert.Equal(photos, (await fixedProject.Documents.Single(d => d.Name == "Photos.cs").GetTextAsync()).ToString());
        Assert.DoesNotContain(await FixRunner.DiagnosticsAsync(fixedProject), d => d.GetMessage(CultureInfo.InvariantCulture).Contains("dogs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ComputedConstantsAndUnfixableUrls_GetNoFix()
    {
        Project project = FixRunner.CreateProject(("Photos.cs", Photos(
            "        DataRowSpec.Image($\"{Cat}?v=2\"),\n        DataRowSpec.Image(Cat + \"?v=3\"),\n        DataRowSpec.Image(\"ftp://example.com/cats/4.jpg\"),")));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Assert.Equal(3, diagnostics.Count(d => d.Id == "LBX2001"));
        foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == "LBX2001"))
        {
            Assert.Empty(await FixRunner.ActionsAsync(project, diagnostic, Provider));
        }
    }

    [Fact]
    public async Task FixAllInDocument_FixesEveryHttpUrl_AndLeavesTheOtherKindOfFix()
    {
        string before = Photos(string.Join("\n",
            "        DataRowSpec.Image(\"http://example.com/cats/1.jpg\"),",
            "        DataRowSpec.Image(\"gs://my-bucket/cats/2.jpg\"),",
            "        Attachment.Image(\"http://example.com/cats/3.jpg\"),",
            "        DataRowSpec.Image(\"https://s3.amazonaws.com/my-bucket/cats/4.jpg\"),",
            "        DataRowSpec.Image(Cat),"));
        string after = Photos(string.Join("\n",
            "        DataRowSpec.Image(\"https://example.com/cats/1.jpg\"),",
            "        DataRowSpec.Image(\"https://storage.googleapis.com/my-bucket/cats/2.jpg\"),",
            "        Attachment.Image(\"https://example.com/cats/3.jpg\"),",
            "        DataRowSpec.Image(\"https://s3.amazonaws.com/my-bucket/cats/4.jpg\"),",
            "        DataRowSpec.Image(Cat),")).Replace("\"http://example.com/cats/0.jpg\"", "\"https://example.com/cats/0.jpg\"", StringComparison.Ordinal);
        Project project = FixRunner.CreateProject(("Photos.cs", before));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Solution fixedSolution = await FixRunner.FixAllInDocumentAsync(project, diagnostics.First(d => d.Id == "LBX2001"), Provider, UrlLiteralCodeFixProvider.UseHttpsKey);
        Project fixedProject = fixedSolution.GetProject(project.Id)!;
        Assert.Equal(after, (await fixedProject.Documents.Single().GetTextAsync()).ToString());
        string[] remaining = FixRunner.Format(await FixRunner.DiagnosticsAsync(fixedProject));
        Assert.Equal(
            new[] { "Photos.cs(12,27): warning LBX2002: 'https://s3.amazonaws.com/my-bucket/cats/4.jpg' is an S3 path-style URL, but IAM delegated access needs virtual-hosted style; use 'https://my-bucket.s3.amazonaws.com/cats/4.jpg'" },
            remaining);
    }

    /// <summary>
    /// Applies the single fix offered for the first <paramref name="id"/> diagnostic of a one-file
    /// project and checks the result as described on the class.
    /// </summary>
    private static async Task AssertFixAsync(string before, string after, string id, string title)
    {
        Project project = FixRunner.CreateProject(("Photos.cs", before));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("LBX", StringComparison.Ordinal));
        Diagnostic target = diagnostics.First(d => d.Id == id);

        CodeAction action = Assert.Single(await FixRunner.ActionsAsync(project, target, Provider));
        Assert.Equal(title, action.Title);
        Project fixedProject = (await FixRunner.ApplyAsync(action)).GetProject(project.Id)!;
        Assert.Equal(after, (await fixedProject.Documents.Single().GetTextAsync()).ToString());

        ImmutableArray<Diagnostic> remaining = await FixRunner.DiagnosticsAsync(fixedProject);
        Assert.DoesNotContain(remaining, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("LBX", StringComparison.Ordinal));
        Assert.Equal(Messages(diagnostics.Where(d => d != target)), Messages(remaining));
    }

    /// <summary>Id and message: what must stay the same when a fix moves other diagnostics along a line.</summary>
    private static string[] Messages(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
}
