using System.Collections.Immutable;
using System.Linq;
using ManifestGen.Generator.Manifests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>
/// A project as the IDE holds it: C# documents, manifests as additional documents, config files as
/// analyzer config documents (and each `.editorconfig` also as an additional document, as the
/// package's targets pass it). The manifest analyzer runs with the options the workspace builds.
/// </summary>
internal sealed class IdeWorkspace
{
    private readonly ProjectId project;
    private Solution solution;

    public IdeWorkspace(CompilationOptions? options = null)
    {
        var workspace = new AdhocWorkspace();
        project = ProjectId.CreateNewId();
        solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(project, VersionStamp.Default, "App", "App", LanguageNames.CSharp, filePath: "/p/App.csproj",
                compilationOptions: options ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                metadataReferences: Basic.Reference.Assemblies.Net80.References.All))
            .AddDocument(DocumentId.CreateNewId(project), "C.cs", "class C { }", filePath: "/p/C.cs");
    }

    public IdeWorkspace AddManifest(string path, string text)
    {
        solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(project), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        return this;
    }

    /// <summary>An `.editorconfig` (also an additional document) or a `.globalconfig` (the compiler's only).</summary>
    public IdeWorkspace AddConfig(string path, string text)
    {
        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(project), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        if (ManifestSeverities.IsEditorConfig(path))
        {
            AddManifest(path, text);
        }

        return this;
    }

    /// <summary>Replaces a config's text wherever the project holds it, as typing in it does.</summary>
    public void EditConfig(string path, string text)
    {
        Project current = solution.GetProject(project)!;
        foreach (TextDocument document in current.AnalyzerConfigDocuments.Where(d => d.FilePath == path))
        {
            solution = solution.WithAnalyzerConfigDocumentText(document.Id, SourceText.From(text));
        }

        foreach (TextDocument document in current.AdditionalDocuments.Where(d => d.FilePath == path))
        {
            solution = solution.WithAdditionalDocumentText(document.Id, SourceText.From(text));
        }
    }

    /// <summary>The analyzer's diagnostics, "path(line,col): severity ID: message".</summary>
    public string[] Run(ManifestAnalyzer analyzer)
    {
        Project current = solution.GetProject(project)!;
        Compilation compilation = current.GetCompilationAsync().GetAwaiter().GetResult()!;
        ImmutableArray<Diagnostic> diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), current.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return AnalyzerRunner.Format(diagnostics);
    }
}
