using System.Collections.Generic;
using ManifestGen.Rules.Metadata;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>
/// A row's metadata as the API lists it, read against the ontology now: a value of a field deleted since is left
/// out, and a field or option renamed since shows its new name, as a row holds only schema ids.
/// </summary>
internal static class CustomMetadata
{
    /// <summary>
    /// As <c>customMetadata</c> lists them: in the shape they were uploaded, so an enum value is two entries, the enum's
    /// schema id and the chosen option's, each with the value <c>{}</c>. The SDK's <c>parse_metadata_fields</c> skips the
    /// enum entry and turns the option entry back into the field.
    /// </summary>
    public static IReadOnlyList<SandboxMetadataValue> Entries(IReadOnlyList<SandboxMetadataValue> values, SandboxMetadataSchema ontology)
    {
        var entries = new List<SandboxMetadataValue>(values.Count);
        foreach (SandboxMetadataValue value in Current(values, ontology))
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

    /// <summary>As <c>metadataFields</c> lists them: one entry a field, an enum's value being its option's id.</summary>
    public static IReadOnlyList<SandboxMetadataValue> Current(IReadOnlyList<SandboxMetadataValue> values, SandboxMetadataSchema ontology)
    {
        var current = new List<SandboxMetadataValue>(values.Count);
        foreach (SandboxMetadataValue value in values)
        {
            if (ontology.FindById(value.SchemaId) is { } field)
            {
                current.Add(field.Name == value.Name ? value : value with { Name = field.Name });
            }
        }

        return current;
    }
}
