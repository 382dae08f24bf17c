using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.CodeFixes;

/// <summary>
/// Fixes inside `.lbx.json` manifests, which are additional documents, for every rule the catalog
/// gives a fix (<see cref="Rule.Fix"/>): a misspelt name becomes the one the message suggests (a
/// property, media type, metadata field name or attachment type), a value becomes its corrected form
/// (a row_data or attachment URL its https or virtual-hosted form, a row_data without stray white
/// space, a bare host name its https URL). The analyzer puts the value in the diagnostic's properties
/// and the span on the JSON string token; the fix writes the value back as a JSON string token in its place.
/// </summary>
/// <remarks>
/// Non-source documents get code fixes since Roslyn 4.5 (<see cref="ExportCodeFixProviderAttribute.DocumentKinds"/>,
/// <see cref="CodeFixContext.TextDocument"/>); the changed text goes in through
/// <see cref="Solution.WithAdditionalDocumentText(DocumentId, SourceText, PreservationMode)"/>.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ManifestCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class ManifestCodeFixProvider : CodeFixProvider
{
    /// <summary>What each fixable rule's fix does, by id: the rules of manifests and labelbox.metadata.json with a <see cref="Rule.Fix"/>.</summary>
    private static readonly ImmutableDictionary<string, RuleFix> FixById =
        RuleCatalog.Fixable(inCode: false).ToImmutableDictionary(rule => rule.Id, rule => rule.Fix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        RuleCatalog.Fixable(inCode: false).Select(rule => rule.Id).ToImmutableArray();

    /// <summary>One equivalence key per diagnostic id, so Fix All applies every fix of that id.</summary>
    public static string EquivalenceKey(string diagnosticId) => "ManifestGen.Manifest." + diagnosticId;

    public override FixAllProvider GetFixAllProvider() => ManifestFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (TokenEdit.For(diagnostic, text) is not { } edit)
            {
                continue;
            }

            string title = FixById[diagnostic.Id] == RuleFix.CorrectedValue
                ? "Use '" + edit.Value + "'"
                : "Change '" + edit.OldContent + "' to '" + edit.Value + "'";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => FixAsync(document.Project.Solution, new[] { diagnostic }, new[] { document.Project }, cancellationToken),
                    EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }
    }

    /// <summary>
    /// Applies the fixes of <paramref name="diagnostics"/> to the additional documents of
    /// <paramref name="projects"/> they are located in: per document, one set of text changes built
    /// from the end of the file backwards, where an edit that overlaps one after it is left out.
    /// </summary>
    internal static async Task<Solution> FixAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, IEnumerable<Project> projects, CancellationToken cancellationToken)
    {
        ILookup<string, Diagnostic> byPath = diagnostics.ToLookup(d => d.Location.GetLineSpan().Path);
        foreach (Project project in projects)
        {
            foreach (TextDocument document in project.AdditionalDocuments)
            {
                if (document.FilePath == null || !byPath.Contains(document.FilePath))
                {
                    continue;
                }

                SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var changes = new List<TextChange>();
                int limit = text.Length;
                foreach (TokenEdit edit in byPath[document.FilePath]
                    .Select(d => TokenEdit.For(d, text))
                    .OfType<TokenEdit>()
                    .OrderByDescending(e => e.Span.Start))
                {
                    if (edit.Span.End <= limit)
                    {
                        changes.Add(new TextChange(edit.Span, edit.NewToken));
                        limit = edit.Span.Start;
                    }
                }

                if (changes.Count > 0)
                {
                    changes.Reverse();
                    solution = solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
                }
            }
        }

        return solution;
    }

    /// <summary>
    /// A JSON string token and what replaces it. Null for a diagnostic without a fix, or whose span is
    /// not (any more) a string token of the text, as after an edit the analyzer has not seen yet.
    /// </summary>
    private sealed class TokenEdit
    {
        private TokenEdit(TextSpan span, string oldContent, string value, string newToken)
        {
            Span = span;
            OldContent = oldContent;
            Value = value;
            NewToken = newToken;
        }

        public TextSpan Span { get; }

        /// <summary>The token as written, without its quotes.</summary>
        public string OldContent { get; }

        public string Value { get; }

        public string NewToken { get; }

        public static TokenEdit? For(Diagnostic diagnostic, SourceText text)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Fix, out string? value) || value == null)
            {
                return null;
            }

            TextSpan span = diagnostic.Location.SourceSpan;
            if (span.Length < 2 || span.End > text.Length || text[span.Start] != '"' || text[span.End - 1] != '"')
            {
                return null;
            }

            string oldToken = text.ToString(span);
            string newToken = JsonStringEncoder.Encode(value);
            return newToken == oldToken ? null : new TokenEdit(span, oldToken.Substring(1, oldToken.Length - 2), value, newToken);
        }
    }

    /// <summary>
    /// Fix All for manifests. <see cref="WellKnownFixAllProviders.BatchFixer"/> works on source
    /// documents only (it maps each diagnostic to a document through its syntax tree), so a fix in an
    /// additional document would be lost; this one applies the fixes itself.
    /// </summary>
    private sealed class ManifestFixAllProvider : FixAllProvider
    {
        public static readonly ManifestFixAllProvider Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project };

        /// <summary>
        /// The fixes of the diagnostics the context hands over, with the context's equivalence key.
        /// In document scope the context has no <see cref="FixAllContext.Document"/> for a manifest
        /// (that property is a source <see cref="Document"/>), so the host's diagnostic provider
        /// decides which diagnostics belong to the document; either way only additional documents of
        /// the context's project are changed.
        /// </summary>
        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.Scope is not (FixAllScope.Document or FixAllScope.Project))
            {
                return null;
            }

            ImmutableArray<Diagnostic> diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document != null
                ? await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false)
                : await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false);
            string? key = fixAllContext.CodeActionEquivalenceKey;
            Diagnostic[] toFix = diagnostics.Where(d => key == null || EquivalenceKey(d.Id) == key).ToArray();
            if (toFix.Length == 0)
            {
                return null;
            }

            string ids = string.Join(", ", toFix.Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal));
            string title = "Fix all " + ids + (fixAllContext.Scope == FixAllScope.Document ? " in the manifest" : " in the project's manifests");
            Project project = fixAllContext.Project;
            return CodeAction.Create(
                title,
                cancellationToken => FixAsync(fixAllContext.Solution, toFix, new[] { project }, cancellationToken),
                key);
        }
    }
}
