using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using ManifestGen.Generator.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.CodeFixes.Tests;

/// <summary>
/// Runs the package's analyzers over a project in an <see cref="AdhocWorkspace"/> (.NET 8 references
/// plus the ManifestGen runtime, nullable on) and applies code fixes the way the IDE does: the
/// provider registers its actions, the chosen action's operations change the solution.
/// </summary>
internal static class FixRunner
{
    private static readonly MetadataReference[] References =
        Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(ImportManifest).Assembly.Location) }).ToArray();

    /// <summary>Every analyzer in the generator assembly, as the compiler loads them from the package.</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(LiteralUrlAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static Project CreateProject(params (string Name, string Text)[] files)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Photos",
            "Photos",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References));
        foreach (var (name, text) in files)
        {
            project = project.AddDocument(name, SourceText.From(text), filePath: "/p/" + name).Project;
        }

        return project;
    }

    /// <summary>
    /// Adds manifests (and labelbox.metadata.json) as additional documents, as the package's props do
    /// for every `*.lbx.json` of a user's project.
    /// </summary>
    public static Project WithAdditionalFiles(this Project project, params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            project = project.AddAdditionalDocument(name, SourceText.From(text), filePath: "/p/" + name).Project;
        }

        return project;
    }

    /// <summary>Compiler diagnostics (warnings and errors) and analyzer diagnostics, in file and position order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        // The project's analyzer options carry its additional documents, as the IDE and the build pass them.
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
        return all
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("LBX", StringComparison.Ordinal))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>"Photos.cs(8,31): error LBX2001: message", as the build prints it (file name only).</summary>
    public static string[] Format(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            return System.IO.Path.GetFileName(span.Path)
                + string.Format(CultureInfo.InvariantCulture, "({0},{1})", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
                + ": " + d.Severity.ToString().ToLowerInvariant() + " " + d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture);
        })
        .ToArray();

    /// <summary>The code actions the provider offers for one diagnostic.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Project project, Diagnostic diagnostic, CodeFixProvider provider)
    {
        Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>The code actions the provider offers for one diagnostic in an additional document, through <see cref="CodeFixContext.TextDocument"/>.</summary>
    public static async Task<IReadOnlyList<CodeAction>> AdditionalDocumentActionsAsync(Project project, Diagnostic diagnostic, CodeFixProvider provider)
    {
        TextDocument document = project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>
    /// The Fix All action for a project-level context (the only kind the public API can build for an
    /// additional document) of <paramref name="scope"/>, whose diagnostic provider hands over
    /// <paramref name="diagnostics"/>; null when the provider offers none.
    /// </summary>
    public static Task<CodeAction?> FixAllActionAsync(Project project, FixAllProvider fixAll, CodeFixProvider provider, FixAllScope scope, string equivalenceKey, IEnumerable<Diagnostic> diagnostics) =>
        fixAll.GetFixAsync(new FixAllContext(
            project,
            provider,
            scope,
            equivalenceKey,
            provider.FixableDiagnosticIds,
            new Diagnostics(diagnostics.ToImmutableArray()),
            CancellationToken.None));

    /// <summary>The solution after applying <paramref name="action"/>'s operations.</summary>
    public static async Task<Solution> ApplyAsync(CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }

    /// <summary>Fix All in the document of <paramref name="diagnostic"/>, for its id and the action's equivalence key.</summary>
    public static async Task<Solution> FixAllInDocumentAsync(Project project, Diagnostic diagnostic, CodeFixProvider provider, string equivalenceKey)
    {
        Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
        ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(project);
        var fixAll = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            provider.FixableDiagnosticIds,
            new Diagnostics(diagnostics),
            CancellationToken.None);
        CodeAction? action = await provider.GetFixAllProvider()!.GetFixAsync(fixAll);
        return await ApplyAsync(Assert.IsAssignableFrom<CodeAction>(action));
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _all;

        public Diagnostics(ImmutableArray<Diagnostic> all) => _all = all;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(_all.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_all);
    }
}
