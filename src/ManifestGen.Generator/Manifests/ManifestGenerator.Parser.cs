using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Manifests;

public sealed partial class ManifestGenerator
{
    /// <summary>
    /// Item metadata the package's MSBuild targets put on each manifest (CompilerVisibleItemMetadata): the
    /// compiler's own resource name metadata, so one item serves as additional file and resource.
    /// </summary>
    internal const string ResourceNameMetadata = "build_metadata.AdditionalFiles.LogicalName";

    /// <summary>The resource prefix the package's targets use; also the fallback outside MSBuild.</summary>
    internal const string ResourcePrefix = "ManifestGen.Manifests/";

    private static string ResourceName(AnalyzerConfigOptions options, string path) =>
        options.TryGetValue(ResourceNameMetadata, out string? name) && !string.IsNullOrEmpty(name)
            ? name
            : ResourcePrefix + System.IO.Path.GetFileName(path);

    internal static ManifestSpec? Parse(ManifestInput input, CancellationToken cancellationToken)
    {
        SourceText? text = input.File.GetText(cancellationToken);
        if (text == null)
        {
            return null;
        }

        string content = text.ToString();
        cancellationToken.ThrowIfCancellationRequested();
        // Only the count is needed here, so rows are dropped as they are read.
        ManifestDocument doc = ManifestParser.Parse(content, new ProblemSink(), static _ => { });
        string fileName = ManifestFiles.NameOf(input.File.Path);
        string displayName = doc.Name.Value is { Length: > 0 } name ? name : fileName;
        return new ManifestSpec(
            input.File.Path,
            CSharpText.PascalIdentifier(displayName, "Manifest"),
            displayName,
            doc.Dataset.Value,
            input.ResourceName,
            ContentHash.Compute(content),
            doc.RowCount);
    }

    private static EquatableArray<ManifestSpec> Sort(ImmutableArray<ManifestSpec> items)
    {
        ManifestSpec[] sorted = items.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new EquatableArray<ManifestSpec>(sorted);
    }
}
