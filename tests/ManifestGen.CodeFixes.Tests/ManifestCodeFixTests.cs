using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.CodeFixes.Tests;

/// <summary>
/// The fixes inside `.lbx.json` manifests (additional documents): each is offered through
/// <see cref="CodeFixContext.TextDocument"/>, applied, and compared with the exact expected file;
/// then the project is analyzed again: the fixed diagnostic is gone, every other one is still there
/// with its message, moved only by the change in length, and nothing else in the solution changed.
/// </summary>
public class ManifestCodeFixTests
{
    private static readonly ManifestCodeFixProvider Provider = new();

    private const string Schema = "{ \"fields\": [ { \"name\": \"camera\", \"kind\": \"string\" } ] }";

    /// <summary>A two-row manifest: the first row holds <paramref name="first"/>, the second has no global key (LBX0203), which must survive every fix.</summary>
    private static string Manifest(string first) =>
        "[\n  {\n" + first + "\n  },\n  {\n    \"row_data\": \"https://example.com/cats/2.jpg\"\n  }\n]\n";

    [Fact]
    public Task LBX0003_UnknownProperty_BecomesTheSuggestedName() => AssertFixAsync(
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"media_typ\": \"IMAGE\""),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"media_type\": \"IMAGE\""),
        "LBX0003", "Change 'media_typ' to 'media_type'");

    [Fact]
    public Task LBX0102_Http_BecomesHttps() => AssertFixAsync(
        Manifest("    \"row_data\": \"http://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        "LBX0102", "Use 'https://example.com/cats/1.jpg'");

    [Fact]
    public Task LBX0102_S3Uri_BecomesVirtualHostedHttps() => AssertFixAsync(
        Manifest("    \"row_data\": \"s3://my-bucket/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        Manifest("    \"row_data\": \"https://my-bucket.s3.amazonaws.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        "LBX0102", "Use 'https://my-bucket.s3.amazonaws.com/cats/1.jpg'");

    [Fact]
    public Task LBX0102_EscapedValue_IsWrittenBackAsAValidJsonString() => AssertFixAsync(
        Manifest("    \"row_data\": \"http:\\/\\/example.com\\/cats\\/\\\"1\\\".jpg\",\n    \"global_key\": \"cat-1\""),
        Manifest("    \"row_data\": \"https://example.com/cats/\\\"1\\\".jpg\",\n    \"global_key\": \"cat-1\""),
        "LBX0102", "Use 'https://example.com/cats/\"1\".jpg'");

    [Fact]
    public Task LBX0103_PathStyle_BecomesVirtualHosted() => AssertFixAsync(
        Manifest("    \"row_data\": \"https://s3.eu-west-1.amazonaws.com/my-bucket/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        Manifest("    \"row_data\": \"https://my-bucket.s3.eu-west-1.amazonaws.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        "LBX0103", "Use 'https://my-bucket.s3.eu-west-1.amazonaws.com/cats/1.jpg'");

    [Fact]
    public Task LBX0105_SurroundingWhiteSpace_IsTrimmed() => AssertFixAsync(
        Manifest("    \"row_data\": \" https://example.com/cats/1.jpg\\n\",\n    \"global_key\": \"cat-1\""),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        "LBX0105", "Use 'https://example.com/cats/1.jpg'");

    [Fact]
    public Task LBX0107_BareHostName_GetsHttps() => AssertFixAsync(
        Manifest("    \"row_data\": \"storage.googleapis.com/my-bucket/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        Manifest("    \"row_data\": \"https://storage.googleapis.com/my-bucket/cats/1.jpg\",\n    \"global_key\": \"cat-1\""),
        "LBX0107", "Use 'https://storage.googleapis.com/my-bucket/cats/1.jpg'");

    [Fact]
    public Task LBX0301_UnknownMediaType_BecomesTheSuggestedValue() => AssertFixAsync(
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"media_type\": \"Image\""),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"media_type\": \"IMAGE\""),
        "LBX0301", "Change 'Image' to 'IMAGE'");

    [Fact]
    public Task LBX0402_UnknownMetadataName_BecomesTheDeclaredField() => AssertFixAsync(
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"metadata_fields\": [ { \"name\": \"camra\", \"value\": \"X100\" } ]"),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"metadata_fields\": [ { \"name\": \"camera\", \"value\": \"X100\" } ]"),
        "LBX0402", "Change 'camra' to 'camera'");

    [Fact]
    public Task LBX0502_UnknownAttachmentType_BecomesTheSuggestedType() => AssertFixAsync(
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"attachments\": [ { \"type\": \"IMAGE_OVERLAYS\", \"value\": \"https://example.com/cats/1-rgb.jpg\" } ]"),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"attachments\": [ { \"type\": \"IMAGE_OVERLAY\", \"value\": \"https://example.com/cats/1-rgb.jpg\" } ]"),
        "LBX0502", "Change 'IMAGE_OVERLAYS' to 'IMAGE_OVERLAY'");

    [Fact]
    public Task LBX0503_HttpAttachment_BecomesHttps() => AssertFixAsync(
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"attachments\": [ { \"type\": \"TEXT_URL\", \"value\": \"http://example.com/notes/1.txt\" } ]"),
        Manifest("    \"row_data\": \"https://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\",\n    \"attachments\": [ { \"type\": \"TEXT_URL\", \"value\": \"https://example.com/notes/1.txt\" } ]"),
        "LBX0503", "Use 'https://example.com/notes/1.txt'");

    /// <summary>Each page's example, fixed by the light bulb it mentions, becomes the page's "How to fix" manifest.</summary>
    [Theory]
    [InlineData("LBX0003")]
    [InlineData("LBX0102")]
    [InlineData("LBX0103")]
    [InlineData("LBX0107")]
    [InlineData("LBX0301")]
    [InlineData("LBX0402")]
    [InlineData("LBX0502")]
    [InlineData("LBX0503")]
    public async Task DocsPageExample_IsFixedIntoItsHowToFixManifest(string id)
    {
        string[] lines = System.IO.File.ReadAllLines(ManifestGen.Testing.RepoPaths.Combine("docs", "diagnostics", id + ".md"));
        string FirstJsonBlockAfter(string heading)
        {
            int open = Array.FindIndex(lines, Array.IndexOf(lines, heading), l => l == "```json");
            int close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            return string.Join("\n", lines.Skip(open + 1).Take(close - open - 1)) + "\n";
        }

        Project project = CreateProject(("images.lbx.json", FirstJsonBlockAfter("## Example")));
        Diagnostic diagnostic = Assert.Single(await FixRunner.DiagnosticsAsync(project), d => d.Id == id);
        CodeAction action = Assert.Single(await FixRunner.AdditionalDocumentActionsAsync(project, diagnostic, Provider));
        Project fixedProject = (await FixRunner.ApplyAsync(action)).GetProject(project.Id)!;
        Assert.Equal(FirstJsonBlockAfter("## How to fix"), await TextAsync(fixedProject, "images.lbx.json"));
    }

    [Fact]
    public async Task NoSuggestion_NoFix()
    {
        string manifest = Manifest(string.Join(",\n",
            "    \"row_data\": \"ftp://example.com/cats/1.jpg\"",
            "    \"global_key\": \"cat-1\"",
            "    \"colour\": \"red\"",
            "    \"media_type\": \"SPREADSHEET\"",
            "    \"attachments\": [ { \"type\": \"FOO\", \"value\": \"x\" } ]"));
        string malformed = Manifest("    \"row_data\": \"https:/example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\"");
        Project project = CreateProject(("images.lbx.json", manifest), ("malformed.lbx.json", malformed));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Diagnostic[] unfixable = diagnostics.Where(d => Provider.FixableDiagnosticIds.Contains(d.Id)).ToArray();
        Assert.Equal(
            new[] { "LBX0003", "LBX0102", "LBX0102", "LBX0301", "LBX0502" },
            unfixable.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray());
        Assert.All(unfixable, d => Assert.False(d.Properties.ContainsKey("Fix")));
        foreach (Diagnostic diagnostic in unfixable)
        {
            Assert.Empty(await FixRunner.AdditionalDocumentActionsAsync(project, diagnostic, Provider));
        }
    }

    [Fact]
    public async Task FixAllInDocument_FixesEveryDiagnosticOfTheId_InThatManifestOnly()
    {
        string Rows(string a, string b, string c) => "[\n"
            + "  { \"row_data\": \"https://example.com/cats/1.jpg\", \"global_key\": \"cat-1\", \"media_type\": \"" + a + "\" },\n"
            + "  { \"row_data\": \"https://example.com/cats/2.jpg\", \"global_key\": \"cat-2\", \"media_type\": \"" + b + "\",\n"
            + "    \"attachments\": [ { \"type\": \"IMAGE_OVERLAYS\", \"value\": \"https://example.com/cats/2-rgb.jpg\" } ] },\n"
            + "  { \"row_data\": \"https://example.com/cats/3.jpg\", \"global_key\": \"cat-3\", \"media_type\": \"" + c + "\" }\n"
            + "]\n";
        string other = Rows("image", "IMAGE", "IMAGE");
        Project project = CreateProject(("images.lbx.json", Rows("image", "Image", "IMAGES")), ("other.lbx.json", other));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Diagnostic[] inImages = diagnostics.Where(d => d.Location.GetLineSpan().Path == "/p/images.lbx.json").ToArray();
        Assert.Equal(3, inImages.Count(d => d.Id == "LBX0301"));

        CodeAction? action = await FixRunner.FixAllActionAsync(project, Provider.GetFixAllProvider(), Provider, FixAllScope.Document, ManifestCodeFixProvider.EquivalenceKey("LBX0301"), inImages);
        Solution fixedSolution = await FixRunner.ApplyAsync(Assert.IsAssignableFrom<CodeAction>(action));
        Assert.Equal("Fix all LBX0301 in the manifest", action!.Title);

        Project fixedProject = fixedSolution.GetProject(project.Id)!;
        Assert.Equal(Rows("IMAGE", "IMAGE", "IMAGE"), await TextAsync(fixedProject, "images.lbx.json"));
        Assert.Equal(other, await TextAsync(fixedProject, "other.lbx.json"));
        AssertOnlyChanged(project.Solution, fixedSolution, "images.lbx.json");
        Assert.Equal(
            Shapes(diagnostics.Where(d => d.Id != "LBX0301" || d.Location.GetLineSpan().Path != "/p/images.lbx.json"), Edits(inImages.Where(d => d.Id == "LBX0301"), "\"IMAGE\"")),
            Shapes(await FixRunner.DiagnosticsAsync(fixedProject)));
    }

    [Fact]
    public async Task FixAllInProject_FixesEveryManifest_AndOnlyTheChosenId()
    {
        string One(string url, string type) =>
            "[\n  { \"row_data\": \"" + url + "\", \"global_key\": \"" + type + "\",\n    \"attachments\": [ { \"type\": \"" + type + "\", \"value\": \"https://example.com/o.jpg\" } ] }\n]\n";
        Project project = CreateProject(
            ("cats.lbx.json", One("http://example.com/cats/1.jpg", "IMAGE_OVERLAYS")),
            ("dogs.lbx.json", One("gs://my-bucket/dogs/1.jpg", "IMAGE")));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "LBX0102"));

        CodeAction? action = await FixRunner.FixAllActionAsync(project, Provider.GetFixAllProvider(), Provider, FixAllScope.Project, ManifestCodeFixProvider.EquivalenceKey("LBX0102"), diagnostics);
        Solution fixedSolution = await FixRunner.ApplyAsync(Assert.IsAssignableFrom<CodeAction>(action));
        Assert.Equal("Fix all LBX0102 in the project's manifests", action!.Title);

        Project fixedProject = fixedSolution.GetProject(project.Id)!;
        Assert.Equal(One("https://example.com/cats/1.jpg", "IMAGE_OVERLAYS"), await TextAsync(fixedProject, "cats.lbx.json"));
        Assert.Equal(One("https://storage.googleapis.com/my-bucket/dogs/1.jpg", "IMAGE"), await TextAsync(fixedProject, "dogs.lbx.json"));
        AssertOnlyChanged(project.Solution, fixedSolution, "cats.lbx.json", "dogs.lbx.json");
        Diagnostic[] fixedOnes = diagnostics.Where(d => d.Id == "LBX0102").ToArray();
        Assert.Equal(
            Shapes(diagnostics.Except(fixedOnes), fixedOnes.Select(d => (d.Location.GetLineSpan().Path, d.Location.SourceSpan, d.Properties["Fix"]!.Length + 2 - d.Location.SourceSpan.Length))),
            Shapes(await FixRunner.DiagnosticsAsync(fixedProject)));
        Assert.Contains(await FixRunner.DiagnosticsAsync(fixedProject), d => d.Id == "LBX0502");
    }

    /// <summary>Why the provider has its own Fix All: the batch fixer maps diagnostics to source documents and offers nothing here.</summary>
    [Fact]
    public async Task BatchFixer_DoesNotFixAdditionalDocuments()
    {
        string manifest = Manifest("    \"row_data\": \"http://example.com/cats/1.jpg\",\n    \"global_key\": \"cat-1\"");
        Project project = CreateProject(("images.lbx.json", manifest));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        CodeAction? action = await FixRunner.FixAllActionAsync(project, WellKnownFixAllProviders.BatchFixer, Provider, FixAllScope.Project, ManifestCodeFixProvider.EquivalenceKey("LBX0102"), diagnostics);
        Assert.Null(action);
    }

    /// <summary>The export that makes the IDE ask this provider about additional documents, as Roslyn 4.5 and later read it.</summary>
    [Fact]
    public void IsExportedForAdditionalDocuments()
    {
        var export = (ExportCodeFixProviderAttribute)Attribute.GetCustomAttribute(typeof(ManifestCodeFixProvider), typeof(ExportCodeFixProviderAttribute))!;
        Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
        Assert.Equal(new[] { nameof(TextDocumentKind.AdditionalDocument) }, export.DocumentKinds);
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(ManifestCodeFixProvider), typeof(System.Composition.SharedAttribute)));
    }

    /// <summary>The project: a C# file, labelbox.metadata.json declaring 'camera', and the given manifests.</summary>
    private static Project CreateProject(params (string Name, string Text)[] manifests) =>
        FixRunner.CreateProject(("Photos.cs", "public static class Photos\n{\n}\n"))
            .WithAdditionalFiles(new[] { ("labelbox.metadata.json", Schema) }.Concat(manifests).ToArray());

    private static async Task<string> TextAsync(Project project, string name) =>
        (await project.AdditionalDocuments.Single(d => d.Name == name).GetTextAsync()).ToString();

    /// <summary>Applies the single fix offered for the <paramref name="id"/> diagnostic of images.lbx.json and checks it as described on the class.</summary>
    private static async Task AssertFixAsync(string before, string after, string id, string title)
    {
        Project project = CreateProject(("images.lbx.json", before));
        ImmutableArray<Diagnostic> diagnostics = await FixRunner.DiagnosticsAsync(project);
        Assert.Contains(diagnostics, d => d.Id == "LBX0203");
        Diagnostic target = Assert.Single(diagnostics, d => d.Id == id);
        Assert.NotEqual(Location.None, target.Location);

        CodeAction action = Assert.Single(await FixRunner.AdditionalDocumentActionsAsync(project, target, Provider));
        Assert.Equal(title, action.Title);
        Assert.Equal(ManifestCodeFixProvider.EquivalenceKey(id), action.EquivalenceKey);
        Solution fixedSolution = await FixRunner.ApplyAsync(action);
        Project fixedProject = fixedSolution.GetProject(project.Id)!;
        Assert.Equal(after, await TextAsync(fixedProject, "images.lbx.json"));
        AssertOnlyChanged(project.Solution, fixedSolution, "images.lbx.json");

        Assert.Equal(
            Shapes(diagnostics.Where(d => d != target), new[] { (target.Location.GetLineSpan().Path, target.Location.SourceSpan, after.Length - before.Length) }),
            Shapes(await FixRunner.DiagnosticsAsync(fixedProject)));
    }

    /// <summary>
    /// Id, file, span and message of each diagnostic, spans after an edited span of the same file moved
    /// by its change in length: what a fix must leave as it was.
    /// </summary>
    private static string[] Shapes(IEnumerable<Diagnostic> diagnostics, IEnumerable<(string Path, TextSpan Span, int Delta)>? edits = null) => diagnostics
        .Select(d =>
        {
            TextSpan span = d.Location.SourceSpan;
            string path = d.Location.GetLineSpan().Path;
            int shift = (edits ?? Array.Empty<(string, TextSpan, int)>()).Where(e => e.Path == path && e.Span.End <= span.Start).Sum(e => e.Delta);
            return d.Id + " " + path + "@" + (span.Start + shift).ToString(CultureInfo.InvariantCulture)
                + "+" + span.Length.ToString(CultureInfo.InvariantCulture) + ": " + d.GetMessage(CultureInfo.InvariantCulture);
        })
        .ToArray();

    /// <summary>The edits that replace each diagnostic's token with <paramref name="newToken"/>, for <see cref="Shapes"/>.</summary>
    private static IEnumerable<(string Path, TextSpan Span, int Delta)> Edits(IEnumerable<Diagnostic> fixedDiagnostics, string newToken) =>
        fixedDiagnostics.Select(d => (d.Location.GetLineSpan().Path, d.Location.SourceSpan, newToken.Length - d.Location.SourceSpan.Length));

    /// <summary>Only the named additional documents differ between the two solutions: no other document, project or reference.</summary>
    private static void AssertOnlyChanged(Solution before, Solution after, params string[] names)
    {
        SolutionChanges changes = after.GetChanges(before);
        ProjectChanges project = Assert.Single(changes.GetProjectChanges());
        Assert.Empty(changes.GetAddedProjects());
        Assert.Empty(changes.GetRemovedProjects());
        Assert.Empty(project.GetChangedDocuments());
        Assert.Empty(project.GetAddedDocuments());
        Assert.Empty(project.GetRemovedDocuments());
        Assert.Empty(project.GetAddedAdditionalDocuments());
        Assert.Empty(project.GetRemovedAdditionalDocuments());
        Assert.Empty(project.GetChangedAnalyzerConfigDocuments());
        Assert.Empty(project.GetAddedMetadataReferences());
        Assert.Empty(project.GetRemovedMetadataReferences());
        Assert.Equal(
            names.OrderBy(n => n, StringComparer.Ordinal),
            project.GetChangedAdditionalDocuments().Select(id => after.GetAdditionalDocument(id)!.Name).OrderBy(n => n, StringComparer.Ordinal));
    }
}
