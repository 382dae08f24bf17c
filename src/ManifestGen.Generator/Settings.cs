using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator;

/// <summary>MSBuild properties the generators read (made visible by the package's props).</summary>
internal static class Settings
{
    public const string NamespaceProperty = "build_property.ManifestGenNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>ManifestGenNamespace if set, else the project's RootNamespace, else the global namespace.</summary>
    public static GeneratorSettings Read(AnalyzerConfigOptions options)
    {
        string? ns = options.TryGetValue(NamespaceProperty, out string? explicitNamespace) && !string.IsNullOrWhiteSpace(explicitNamespace)
            ? explicitNamespace
            : options.TryGetValue(RootNamespaceProperty, out string? root) ? root : null;
        return new GeneratorSettings(CSharpText.Namespace(ns));
    }
}
