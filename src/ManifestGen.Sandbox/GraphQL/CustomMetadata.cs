using System.Collections.Generic;
using ManifestGen.Rules.Metadata;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>
/// A row's metadata as <c>customMetadata</c> lists it: in the shape it was uploaded, so an enum value is two
/// entries, the enum's schema id and the chosen option's, each with the value <c>{}</c>. The SDK's
/// <c>parse_metadata_fields</c> skips the enum entry and turns the option entry back into the field.
/// </summary>
internal static class CustomMetadata
{
    public static IReadOnlyList<SandboxMetadataValue> Entries(IReadOnlyList<SandboxMetadataValue> values, SandboxMetadataSchema ontology)
    {
        var entries = new List<SandboxMetadataValue>(values.Count);
        foreach (SandboxMetadataValue value in values)
        {
            if (value.Kind == MetadataKinds.WireNames[(int)MetadataKind.Enum] && value.Value is string optionId)
            {
                var empty = new Dictionary<string, object?>();
                entries.Add(value with { Value = empty });
                entries.Add(new SandboxMetadataValue(optionId, ontology.FindById(optionId)?.Name ?? optionId, MetadataKinds.EnumOptionWireName, empty));
            }
            else
            {
                entries.Add(value);
            }
        }

        return entries;
    }
}
