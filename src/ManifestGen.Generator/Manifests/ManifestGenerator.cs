using ManifestGen.Generator.Model;
using ManifestGen.Rules.Manifest;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Manifests;

/// <summary>
/// Emits <c>LabelboxManifests</c>: one <c>ImportManifest</c> property per `.lbx.json` file. Each
/// file is parsed in its own step, so editing one manifest re-reads only that one, and C# edits
/// re-read none. Rule violations are the analyzer's to report.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class ManifestGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ManifestInput> inputs = context.AdditionalTextsProvider
            .Where(static file => ManifestFiles.IsManifest(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => new ManifestInput(pair.Left, ResourceName(pair.Right.GetOptions(pair.Left), pair.Left.Path)))
            .WithTrackingName(TrackingNames.ManifestInputs);

        IncrementalValuesProvider<ManifestSpec> specs = inputs
            .Select(static (input, cancellationToken) => Parse(input, cancellationToken))
            .Where(static spec => spec != null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.ParsedManifests);

        IncrementalValueProvider<EquatableArray<ManifestSpec>> all = specs
            .Collect()
            .Select(static (items, _) => Sort(items))
            .WithTrackingName(TrackingNames.AllManifests);

        IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => Settings.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        context.RegisterSourceOutput(all.Combine(settings), static (output, pair) =>
        {
            if (pair.Left.Count > 0)
            {
                output.AddSource(HintName, Emit(pair.Left, pair.Right));
            }
        });
    }
}
