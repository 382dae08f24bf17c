using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Model;

/// <summary>A manifest file with its resource name; equal while neither changes, so parsing caches.</summary>
internal sealed record ManifestInput(AdditionalText File, string ResourceName);
