using ManifestGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Metadata;

/// <summary>
/// Emits <c>LabelboxMetadata</c>: a typed field for every reserved metadata field and every field
/// of labelbox.metadata.json, plus an option type per enum field, so a value of the wrong type for
/// a field does not compile. Problems in the schema file are the analyzer's to report.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class MetadataGenerator : IIncrementalGenerator
{
    /// <summary>The project's metadata fields (reserved and from labelbox.metadata.json), for any generator that needs them.</summary>
    internal static IncrementalValueProvider<EquatableArray<MetadataFieldSpec>> Fields(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Where(static file => Rules.Metadata.MetadataSchemaFile.IsSchemaFile(file.Path))
            .Select(static (file, cancellationToken) => (file.Path, Fields: Parse(file, cancellationToken)))
            .WithTrackingName(TrackingNames.MetadataSchemas)
            .Collect()
            .Select(static (schemas, _) => FirstByPath(schemas))
            .WithTrackingName(TrackingNames.MetadataFields);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<EquatableArray<MetadataFieldSpec>> fields = Fields(context);
        IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => Settings.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        context.RegisterSourceOutput(fields.Combine(settings), static (output, pair) =>
            output.AddSource(HintName, Emit(pair.Left, pair.Right)));
    }
}
