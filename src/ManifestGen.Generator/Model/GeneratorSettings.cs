namespace ManifestGen.Generator.Model;

/// <summary>Project-wide generator settings from MSBuild properties.</summary>
/// <param name="Namespace">Namespace of the generated types; empty for the global namespace.</param>
internal sealed record GeneratorSettings(string Namespace);
