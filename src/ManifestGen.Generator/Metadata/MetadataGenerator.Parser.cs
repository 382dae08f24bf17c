using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Metadata;

public sealed partial class MetadataGenerator
{
    private static readonly EquatableArray<MetadataFieldSpec> ReservedOnly = ToSpecs(MetadataSchema.ReservedOnly);

    /// <summary>The reserved fields and the file's valid declared fields (the analyzer reports the rest).</summary>
    internal static EquatableArray<MetadataFieldSpec> Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        return text == null
            ? ReservedOnly
            : ToSpecs(MetadataSchemaFile.Parse(text.ToString(), new ProblemSink(), _ => ""));
    }

    /// <summary>Like the analyzer, the first schema file by path counts when a project has several.</summary>
    private static EquatableArray<MetadataFieldSpec> FirstByPath(ImmutableArray<(string Path, EquatableArray<MetadataFieldSpec> Fields)> schemas) =>
        schemas.IsEmpty ? ReservedOnly : schemas.OrderBy(s => s.Path, StringComparer.Ordinal).First().Fields;

    internal static EquatableArray<MetadataFieldSpec> ToSpecs(MetadataSchema schema) =>
        new(schema.Fields.Select(f => new MetadataFieldSpec(
            f.Name,
            f.Kind,
            f.SchemaId,
            f.Reserved,
            new EquatableArray<MetadataOptionSpec>(f.Options.Select(o => new MetadataOptionSpec(o.Name, o.SchemaId)).ToArray()),
            f.Dimensions)).ToArray());
}
