using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Manifest;

/// <summary>A manifest to validate, with the labelbox.metadata.json that declares its fields (null: reserved fields only).</summary>
internal sealed class ManifestSetEntry
{
    public ManifestSetEntry(TextFile manifest, TextFile? schema)
    {
        Manifest = manifest;
        Schema = schema;
    }

    public TextFile Manifest { get; }

    public TextFile? Schema { get; }
}
