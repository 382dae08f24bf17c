using System.Collections.Generic;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Metadata;

/// <summary>
/// Labelbox's reserved metadata fields and their fixed schema ids, as the Python SDK's tests pin
/// them. (The 'valid' split option id comes from outside the SDK; the retired reserved embedding is
/// left out on purpose.)
/// </summary>
internal static class ReservedMetadata
{
    public static readonly MetadataFieldDefinition Tag = new("tag", MetadataKind.String, "cko8s9r5v0001h2dk9elqdidh", reserved: true);

    public static readonly MetadataFieldDefinition Split = new("split", MetadataKind.Enum, "cko8sbczn0002h2dkdaxb5kal", reserved: true, new[]
    {
        new MetadataOptionDefinition("train", "cko8sbscr0003h2dk04w86hof"),
        new MetadataOptionDefinition("valid", "cko8sc2yr0004h2dk69aj5x63"),
        new MetadataOptionDefinition("test", "cko8scbz70005h2dkastwhgqt"),
    });

    public static readonly MetadataFieldDefinition CaptureDateTime = new("captureDateTime", MetadataKind.DateTime, "cko8sdzv70006h2dk8jg64zvb", reserved: true);

    public static IReadOnlyList<MetadataFieldDefinition> All { get; } = new[] { Tag, Split, CaptureDateTime };

    /// <summary>The reserved field names.</summary>
    public static WordTable Names { get; } = new(new[] { Tag.Name, Split.Name, CaptureDateTime.Name });

    /// <summary>The schema ids of the reserved fields and of their options.</summary>
    public static WordTable SchemaIds { get; } = new(new[]
    {
        Tag.SchemaId!, Split.SchemaId!, CaptureDateTime.SchemaId!, Split.Options[0].SchemaId!, Split.Options[1].SchemaId!, Split.Options[2].SchemaId!,
    });
}
