using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ManifestGen.CodeFixes;

/// <summary>
/// Rewrites a constant image or attachment URL to the form the analyzer suggests: the https URL
/// (LBX2001) or the virtual-hosted S3 URL (LBX2002), carried in the diagnostic's properties. Only a
/// string literal is rewritten: the argument itself, or the literal a const field it names is
/// declared with; a computed constant (an interpolation, a concatenation) gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UrlLiteralCodeFixProvider)), Shared]
public sealed class UrlLiteralCodeFixProvider : CodeFixProvider
{
    /// <summary>One key per kind of rewrite, so Fix All applies every fix of that kind.</summary>
    public const string UseHttpsKey = "ManifestGen.UseHttpsUrl";

    public const string UseVirtualHostedKey = "ManifestGen.UseVirtualHostedS3Url";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        RuleCatalog.Fixable(inCode: true).Select(rule => rule.Id).ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Fix, out string? fix) || fix == null)
            {
                continue;
            }

            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            LiteralExpressionSyntax? literal = AsStringLiteral(node)
                ?? await ConstDeclarationLiteralAsync(context.Document, node, context.CancellationToken).ConfigureAwait(false);
            Document? target = literal == null ? null : context.Document.Project.Solution.GetDocument(literal.SyntaxTree);
            if (literal == null || target == null)
            {
                continue;
            }

            bool https = diagnostic.Id == RuleCatalog.ConstantNotHttps.Id;
            context.RegisterCodeFix(
                CodeAction.Create(
                    (https ? "Use the https URL '" : "Use the virtual-hosted S3 URL '") + fix + "'",
                    cancellationToken => ReplaceAsync(target, literal, fix, cancellationToken),
                    https ? UseHttpsKey : UseVirtualHostedKey),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax? AsStringLiteral(SyntaxNode? node) =>
        node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;

    /// <summary>For a reference to a const field declared in source with a string literal: that literal.</summary>
    private static async Task<LiteralExpressionSyntax?> ConstDeclarationLiteralAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
        {
            return null;
        }

        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetSymbolInfo(node, cancellationToken).Symbol is not IFieldSymbol { IsConst: true } field
            || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode declaration = await field.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
        return AsStringLiteral((declaration as VariableDeclaratorSyntax)?.Initializer?.Value);
    }

    /// <summary>A regular escaped literal of <paramref name="value"/> in place of the old one, verbatim or raw as it may have been.</summary>
    private static async Task<Solution> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root == null)
        {
            return document.Project.Solution;
        }

        LiteralExpressionSyntax replacement = SyntaxFactory
            .LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement)).Project.Solution;
    }
}
