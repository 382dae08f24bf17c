using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// The ManifestGen runtime types the literal analyzers look for, resolved once per compilation.
/// Null when the compilation does not reference the runtime: then there is nothing to check.
/// </summary>
internal sealed class RuntimeSymbols
{
    private const string RuntimeAssembly = "ManifestGen";

    private RuntimeSymbols(Compilation compilation, INamedTypeSymbol dataRowSpec)
    {
        DataRowSpec = dataRowSpec;
        Builder = Find(compilation, "ManifestGen.DataRowSpecBuilder");
        Attachment = Find(compilation, "ManifestGen.Attachment");
        AttachmentType = Find(compilation, "ManifestGen.AttachmentType");
        MetadataFieldOfT = Find(compilation, "ManifestGen.MetadataField`1");
        EmbeddingField = Find(compilation, "ManifestGen.EmbeddingMetadataField");
        DataRowAttribute = Find(compilation, "ManifestGen.LabelboxDataRowAttribute");
    }

    public INamedTypeSymbol DataRowSpec { get; }

    public INamedTypeSymbol? Builder { get; }

    public INamedTypeSymbol? Attachment { get; }

    public INamedTypeSymbol? AttachmentType { get; }

    public INamedTypeSymbol? MetadataFieldOfT { get; }

    public INamedTypeSymbol? EmbeddingField { get; }

    public INamedTypeSymbol? DataRowAttribute { get; }

    public static RuntimeSymbols? TryCreate(Compilation compilation)
    {
        INamedTypeSymbol? dataRowSpec = Find(compilation, "ManifestGen.DataRowSpec");
        return dataRowSpec == null ? null : new RuntimeSymbols(compilation, dataRowSpec);
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected != null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    /// <summary>The wire name (IMAGE_OVERLAY) of a constant AttachmentType value, or null.</summary>
    public string? AttachmentTypeName(object? constant)
    {
        if (AttachmentType == null || constant == null)
        {
            return null;
        }

        foreach (ISymbol member in AttachmentType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
            {
                return Rules.Attachments.AttachmentTypes.ToWireName(field.Name);
            }
        }

        return null;
    }

    // The runtime's own type, not a same-named one of the user's (the way GetBestTypeByMetadataName picks).
    private static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
        ImmutableArray<INamedTypeSymbol> candidates = compilation.GetTypesByMetadataName(metadataName);
        foreach (INamedTypeSymbol candidate in candidates)
        {
            if (candidate.ContainingAssembly.Name == RuntimeAssembly)
            {
                return candidate;
            }
        }

        return null;
    }
}
