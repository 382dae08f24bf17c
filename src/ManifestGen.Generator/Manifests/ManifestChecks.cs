using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Manifests;

/// <summary>
/// The problems and global keys of each manifest, kept per text. The IDE hands the analyzer the
/// same SourceText for a manifest that did not change, so an edit to an `.editorconfig` (or to another
/// manifest) re-validates no unchanged manifest: only the severities are applied again.
/// </summary>
internal sealed class ManifestChecks
{
    public static readonly ManifestChecks Shared = new();

    private readonly ConditionalWeakTable<SourceText, Result> results = new();
    private int validations;

    /// <summary>How many manifests were validated rather than taken from the cache.</summary>
    public int Validations => Volatile.Read(ref validations);

    public Result Check(string path, SourceText text, MetadataSchema schema)
    {
        if (results.TryGetValue(text, out Result? cached) && cached.Path == path && ReferenceEquals(cached.Schema, schema))
        {
            return cached;
        }

        var sink = new ProblemSink();
        IReadOnlyList<KeyOccurrence> keys = ManifestValidator.ValidateText(
            path, text.ToString(), schema, sink, offset => ProblemReporter.DescribeOffset(text, offset));
        Interlocked.Increment(ref validations);
        var result = new Result(path, schema, sink.Problems.ToArray(), keys.ToArray());
        results.Remove(text);
        try
        {
            results.Add(text, result);
        }
        catch (System.ArgumentException)
        {
            // Another thread checked the same text at the same time; its result is as good.
        }

        return result;
    }

    /// <param name="Path">The manifest's path.</param>
    /// <param name="Schema">The schema the manifest was checked against; another one means checking again.</param>
    /// <param name="Problems">What the rules found.</param>
    /// <param name="Keys">The manifest's global keys, for the check across files.</param>
    public sealed record Result(string Path, MetadataSchema Schema, IReadOnlyList<Problem> Problems, IReadOnlyList<KeyOccurrence> Keys);
}
