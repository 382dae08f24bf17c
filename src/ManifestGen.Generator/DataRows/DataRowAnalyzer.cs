using System.Collections.Immutable;
using System.Linq;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Generator.Manifests;
using ManifestGen.Generator.Metadata;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.DataRows;

/// <summary>
/// Reports what is wrong with a [LabelboxDataRow] type (LBX1001–LBX1012) at the type, member or
/// attribute argument concerned. It runs the same parser and checks as <see cref="DataRowGenerator"/>,
/// which emits nothing for a type with an error.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataRowAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<Rule> Rules = ImmutableArray.Create(
        RuleCatalog.NotPartial, RuleCatalog.RowDataCount, RuleCatalog.RowDataType, RuleCatalog.GlobalKeyMember,
        RuleCatalog.UnknownMetadataField, RuleCatalog.MetadataMemberType, RuleCatalog.EnumOptionsMismatch,
        RuleCatalog.AttachmentMemberType, RuleCatalog.NoGlobalKeyMember, RuleCatalog.MetadataFieldTwice, RuleCatalog.RefStructDataRow,
        RuleCatalog.GeneratedNameTaken);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Select(Descriptors.For).ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? marker = start.Compilation.GetTypeByMetadataName(TypeNames.LabelboxDataRowAttribute);
            if (marker == null)
            {
                return;
            }

            EquatableArray<MetadataFieldSpec> fields = MetadataGenerator.ToSpecs(SchemaSource.Load(start.Options.AdditionalFiles, start.CancellationToken).Schema);
            start.RegisterSymbolAction(
                context =>
                {
                    var type = (INamedTypeSymbol)context.Symbol;
                    if (type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, marker)))
                    {
                        Analyze(type, fields, context);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    private static void Analyze(INamedTypeSymbol type, EquatableArray<MetadataFieldSpec> fields, SymbolAnalysisContext context)
    {
        DataRowTypeModel model = DataRowGenerator.Parse(type, context.CancellationToken);
        foreach (DataRowFinding problem in DataRowTypeRules.Run(model, fields).Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(problem.Rule), Locate(type, problem, context), problem.Args));
        }
    }

    private static Location? Locate(INamedTypeSymbol type, DataRowFinding problem, SymbolAnalysisContext context)
    {
        switch (problem.Target)
        {
            case ProblemTarget.Container:
                INamedTypeSymbol container = type;
                for (int depth = CountContainers(type) - problem.Container; depth > 0; depth--)
                {
                    container = container.ContainingType;
                }

                return NonPartialLocation(container);
            case ProblemTarget.Type:
                return problem.Rule == RuleCatalog.NotPartial ? NonPartialLocation(type) : type.Locations.FirstOrDefault();
            case ProblemTarget.TakenName:
                return type.GetMembers(problem.Member!).FirstOrDefault(DataRowGenerator.TakesGeneratedName)?.Locations.FirstOrDefault() ?? type.Locations.FirstOrDefault();
        }

        ISymbol? member = type.GetMembers(problem.Member!).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
        if (member == null)
        {
            return type.Locations.FirstOrDefault();
        }

        if (problem.Target == ProblemTarget.AttributeArgument
            && member.GetAttributes().FirstOrDefault(a => DataRowGenerator.Role(a.AttributeClass) == problem.Role)?.ApplicationSyntaxReference?
                .GetSyntax(context.CancellationToken) is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } attribute)
        {
            return attribute.ArgumentList.Arguments[0].GetLocation();
        }

        return member.Locations.FirstOrDefault();
    }

    private static int CountContainers(INamedTypeSymbol type)
    {
        int count = 0;
        for (INamedTypeSymbol? outer = type.ContainingType; outer != null; outer = outer.ContainingType)
        {
            count++;
        }

        return count;
    }

    // A type is partial only if every declaration says so; point at one that does not.
    private static Location? NonPartialLocation(INamedTypeSymbol type)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration
                && !declaration.Modifiers.Any(m => m.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword)))
            {
                return declaration.Identifier.GetLocation();
            }
        }

        return type.Locations.FirstOrDefault();
    }
}
