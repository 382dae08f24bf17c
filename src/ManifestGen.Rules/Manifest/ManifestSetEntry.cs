using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Manifest;

/// <summary>A manifest to validate, with the labelbox.metadata.json that declares its fields (null: reserved fields only).</summary>
internal sealed record ManifestSetEntry(TextFile Manifest, TextFile? Schema);
