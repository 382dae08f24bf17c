using ManifestGen.Generator.Metadata;
using ManifestGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ManifestGen.Generator.DataRows;

/// <summary>
/// Adds <c>ToDataRowSpec()</c> and a reflection-free import JSON writer to every [LabelboxDataRow]
/// type. Types that break a rule get nothing; <see cref="DataRowAnalyzer"/> says why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class DataRowGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<DataRowTypeModel> types = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeNames.LabelboxDataRowAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (attributed, cancellationToken) => Parse((INamedTypeSymbol)attributed.TargetSymbol, cancellationToken))
            .WithTrackingName(TrackingNames.DataRowTypes);

        IncrementalValuesProvider<DataRowTypeSpec?> specs = types
            .Combine(MetadataGenerator.Fields(context))
            .Select(static (pair, _) => DataRowTypeRules.Run(pair.Left, pair.Right).Spec)
            .WithTrackingName(TrackingNames.DataRowSpecs);

        context.RegisterSourceOutput(specs, static (output, spec) =>
        {
            if (spec != null)
            {
                output.AddSource(HintName(spec.Type), Emit(spec));
            }
        });
    }
}
