using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// Validates a set of manifest files outside a compilation (the CLI): each manifest as the
/// analyzer's per-file action does (<see cref="ManifestValidator.ValidateText"/>), each schema
/// file once, then global keys across every manifest as its compilation-end action does
/// (<see cref="DuplicateKeys.AcrossFilesProblems"/>). The result is what the build reports for a
/// project holding these files, in path, then text, then id order.
/// </summary>
internal static class ManifestSetValidator
{
    /// <summary>
    /// Validates <paramref name="entries"/>, and <paramref name="schemaFiles"/> too when no manifest
    /// uses them (a labelbox.metadata.json named on its own). With <paramref name="onParsed"/>, each
    /// manifest's rows are kept and its document handed over, for a caller that goes on to import them
    /// without parsing again; without, rows are checked as they are read and never kept. LBX0201 names the
    /// first use of a key in another file by <paramref name="showPath"/> (as the caller prints paths).
    /// <paramref name="samePlaces"/> lists only that many places of one rule per manifest, then one with
    /// the count of the rest (<see cref="ProblemSink"/>; 0, the default, lists every one).
    /// </summary>
    public static List<FileProblem> Validate(IEnumerable<ManifestSetEntry> entries, IEnumerable<TextFile> schemaFiles,
        Func<string, string> showPath, Action<TextFile, ManifestDocument>? onParsed = null, int samePlaces = 0)
    {
        var problems = new List<FileProblem>();
        var schemas = new Dictionary<string, MetadataSchema>(StringComparer.Ordinal);
        foreach (TextFile schemaFile in schemaFiles)
        {
            SchemaOf(schemaFile, schemas, problems);
        }

        var files = new Dictionary<string, TextFile>(StringComparer.Ordinal);
        var keys = new List<KeyOccurrence>();
        foreach (ManifestSetEntry entry in entries)
        {
            MetadataSchema schema = entry.Schema == null ? MetadataSchema.ReservedOnly : SchemaOf(entry.Schema, schemas, problems);
            TextFile manifest = entry.Manifest;
            if (!files.ContainsKey(manifest.Path))
            {
                var sink = new ProblemSink(samePlaces);
                if (onParsed == null)
                {
                    keys.AddRange(ManifestValidator.ValidateText(manifest.Path, manifest.Text, schema, sink, manifest.Lines.Describe));
                }
                else
                {
                    ManifestDocument doc = ManifestParser.Parse(manifest.Text, sink);
                    keys.AddRange(ManifestValidator.Validate(manifest.Path, doc, schema, sink, manifest.Lines.Describe));
                    onParsed(manifest, doc);
                }

                Place(manifest, sink.Problems, problems);
                files.Add(manifest.Path, manifest);
            }
        }

        foreach (var (duplicate, _, problem) in DuplicateKeys.AcrossFilesProblems(keys, key => files[key.Path].Lines.Locate(key.Start), showPath))
        {
            problems.Add(Place(files[duplicate.Path], problem));
        }

        problems.Sort(static (a, b) =>
        {
            int byPath = string.CompareOrdinal(a.Path, b.Path);
            int byStart = byPath != 0 ? byPath : a.Problem.Start.CompareTo(b.Problem.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        });
        return problems;
    }

    /// <summary>Validates a schema file against the metadata-schema rules once, however many manifests use it.</summary>
    private static MetadataSchema SchemaOf(TextFile file, Dictionary<string, MetadataSchema> schemas, List<FileProblem> problems)
    {
        if (!schemas.TryGetValue(file.Path, out MetadataSchema? schema))
        {
            var sink = new ProblemSink();
            schema = MetadataSchemaFile.Parse(file.Text, sink, file.Lines.Describe);
            Place(file, sink.Problems, problems);
            schemas.Add(file.Path, schema);
        }

        return schema;
    }

    private static void Place(TextFile file, IEnumerable<Problem> found, List<FileProblem> into)
    {
        foreach (Problem problem in found)
        {
            into.Add(Place(file, problem));
        }
    }

    /// <summary>The problem's span clamped to the text, as the analyzer clamps it, in lines and columns.</summary>
    private static FileProblem Place(TextFile file, Problem problem)
    {
        int from = Math.Max(0, Math.Min(problem.Start, file.Text.Length));
        int to = Math.Max(from, Math.Min(from + Math.Max(0, problem.Length), file.Text.Length));
        return new FileProblem(file.Path, problem, file.Lines.Locate(from), file.Lines.Locate(to));
    }
}
