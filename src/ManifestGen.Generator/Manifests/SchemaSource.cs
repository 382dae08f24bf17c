using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Manifests;

/// <summary>The project's labelbox.metadata.json (the first by path, if several), read once per compilation.</summary>
internal sealed class SchemaSource
{
    private SchemaSource(MetadataSchema schema, AdditionalText? file, SourceText? text, IReadOnlyList<Problem> problems)
    {
        Schema = schema;
        File = file;
        Text = text;
        Problems = problems;
    }

    public MetadataSchema Schema { get; }

    public AdditionalText? File { get; }

    public SourceText? Text { get; }

    public IReadOnlyList<Problem> Problems { get; }

    public static SchemaSource Load(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        AdditionalText? file = files
            .Where(f => MetadataSchemaFile.IsSchemaFile(f.Path))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        SourceText? text = file?.GetText(cancellationToken);
        if (file == null || text == null)
        {
            return new SchemaSource(MetadataSchema.ReservedOnly, null, null, Array.Empty<Problem>());
        }

        (MetadataSchema schema, IReadOnlyList<Problem> problems) = Parsed.GetValue(text, Parse);
        return new SchemaSource(schema, file, text, problems);
    }

    // Three analyzers read the schema at every compilation start; an unchanged file's text is parsed
    // once and shared, while the file itself comes from the current compilation each time.
    private static readonly ConditionalWeakTable<SourceText, Tuple<MetadataSchema, IReadOnlyList<Problem>>> Parsed = new();

    private static Tuple<MetadataSchema, IReadOnlyList<Problem>> Parse(SourceText text)
    {
        var sink = new ProblemSink();
        MetadataSchema schema = MetadataSchemaFile.Parse(text.ToString(), sink, offset => ProblemReporter.DescribeOffset(text, offset));
        return Tuple.Create(schema, sink.Problems);
    }
}
