using System.Collections.Generic;

namespace ManifestGen.Rules.Metadata;

/// <summary>Names of the metadata kinds: in labelbox.metadata.json, and on the wire.</summary>
internal static class MetadataKinds
{
    /// <summary>The names used in labelbox.metadata.json, indexed by <see cref="MetadataKind"/>.</summary>
    public static IReadOnlyList<string> FileNames { get; } = new[] { "string", "number", "datetime", "enum", "embedding" };

    /// <summary>The service's kind strings (customMetadataOntology), indexed by <see cref="MetadataKind"/>.</summary>
    public static IReadOnlyList<string> WireNames { get; } = new[]
    {
        "CustomMetadataString", "CustomMetadataNumber", "CustomMetadataDateTime", "CustomMetadataEnum", "CustomMetadataEmbedding",
    };

    public const string EnumOptionWireName = "CustomMetadataEnumOption";

    /// <summary>Custom embeddings have at most this many dimensions.</summary>
    public const int MaxEmbeddingDimensions = 2048;

    /// <summary>The SDK's client-side limit on metadata strings.</summary>
    public const int MaxStringLength = 4096;

    public static string FileName(MetadataKind kind) => FileNames[(int)kind];

    public static bool TryParseFileName(string name, out MetadataKind kind) => TryFind(FileNames, name, out kind);

    public static bool TryParseWireName(string name, out MetadataKind kind) => TryFind(WireNames, name, out kind);

    private static bool TryFind(IReadOnlyList<string> names, string name, out MetadataKind kind)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                kind = (MetadataKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
