using ManifestGen.Rules.Metadata;

namespace ManifestGen.Generator.Model;

/// <summary>
/// A metadata field as the generator emits it: strings, numbers and equatable arrays only.
/// </summary>
/// <param name="Name">The field's Labelbox name.</param>
/// <param name="Kind">Its kind (an enum compares by value, so the record stays equatable for caching).</param>
/// <param name="SchemaId">Its schema id, if known.</param>
/// <param name="Reserved">Whether Labelbox reserves it.</param>
/// <param name="Options">An enum's options.</param>
/// <param name="Dimensions">An embedding's length.</param>
internal sealed record MetadataFieldSpec(
    string Name,
    MetadataKind Kind,
    string? SchemaId,
    bool Reserved,
    EquatableArray<MetadataOptionSpec> Options,
    int Dimensions);
