using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator;

/// <summary>MSBuild properties the generators read (made visible by the package's props).</summary>
internal static class Settings
{
    public const string NamespaceProperty = "build_property.ManifestGenNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string SameProblemLimitProperty = "build_property.ManifestGenSameProblemLimit";
    public const string ProblemLimitProperty = "build_property.ManifestGenProblemLimit";

    /// <summary>The name LBX0008 gives the limit across manifests by.</summary>
    public const string ProblemLimitName = "ManifestGenProblemLimit";

    /// <summary>ManifestGenNamespace if set, else the project's RootNamespace, else the global namespace.</summary>
    public static GeneratorSettings Read(AnalyzerConfigOptions options)
    {
        string? ns = options.TryGetValue(NamespaceProperty, out string? explicitNamespace) && !string.IsNullOrWhiteSpace(explicitNamespace)
            ? explicitNamespace
            : options.TryGetValue(RootNamespaceProperty, out string? root) ? root : null;
        return new GeneratorSettings(CSharpText.Namespace(ns));
    }

    /// <summary>ManifestGenSameProblemLimit and ManifestGenProblemLimit, each its default when unset or not a whole number.</summary>
    public static ProblemLimits ReadProblemLimits(AnalyzerConfigOptions options) => new(
        ProblemLimits.Parse(options.TryGetValue(SameProblemLimitProperty, out string? same) ? same : null, ProblemLimits.DefaultSamePlaces),
        ProblemLimits.Parse(options.TryGetValue(ProblemLimitProperty, out string? total) ? total : null, ProblemLimits.DefaultTotal));
}
