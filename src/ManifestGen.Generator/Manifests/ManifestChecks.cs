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

    /// <param name="path">The manifest's path.</param>
    /// <param name="text">Its text.</param>
    /// <param name="schema">The metadata fields it is checked against.</param>
    /// <param name="samePlaces">Places of one rule listed before the next stands for the rest (<see cref="ProblemLimits.SamePlaces"/>).</param>
    public Result Check(string path, SourceText text, MetadataSchema schema, int samePlaces)
    {
        if (results.TryGetValue(text, out Result? cached) && cached.Path == path && ReferenceEquals(cached.Schema, schema) && cached.SamePlaces == samePlaces)
        {
            return cached;
        }

        var sink = new ProblemSink(samePlaces);
        IReadOnlyList<KeyOccurrence> keys = ManifestValidator.ValidateText(
            path, text.ToString(), schema, sink, offset => ProblemReporter.DescribeOffset(text, offset));
        Interlocked.Increment(ref validations);
        // The keys were copied out of the text as they were read, so the cache does not keep the text alive.
        // The problems are sorted once here, not by every listing of the cached result (a keystroke lists all the project's manifests).
        Problem[] problems = sink.Problems.OrderBy(p => p.Start).ThenBy(p => p.Rule.Id, System.StringComparer.Ordinal).ToArray();
        var result = new Result(path, schema, samePlaces, problems, keys);
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
    /// <param name="SamePlaces">The places of one rule listed; another number means checking again.</param>
    /// <param name="Problems">What the rules found, in text order (then by rule id).</param>
    /// <param name="Keys">The manifest's global keys, for the check across files.</param>
    public sealed record Result(string Path, MetadataSchema Schema, int SamePlaces, IReadOnlyList<Problem> Problems, IReadOnlyList<KeyOccurrence> Keys);
}
