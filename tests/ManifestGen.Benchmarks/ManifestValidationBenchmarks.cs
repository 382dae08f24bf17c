using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Benchmarks;

/// <summary>
/// Design target: validating a 100,000-row manifest costs at most 2× <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes, and under 2 s. The validation benchmark does what ManifestAnalyzer.AnalyzeManifest
/// does per file, minus Roslyn: parse the text, checking each row as it is read.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)] // a few minutes on a 2-core machine
public class ManifestValidationBenchmarks
{
    private const int Rows = 100_000;
    private const string Path = "images.lbx.json";

    private static readonly Func<int, string> Describe = _ => "";

    private string _text = "";
    private byte[] _bytes = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _text = ManifestCorpus.Generate(Rows);
        _bytes = ManifestCorpus.ToUtf8(_text);

        // The benchmark is about the clean path: a corpus that trips a rule would measure message building.
        var sink = new ProblemSink();
        ManifestValidator validator = ManifestValidator.Start(Path, MetadataSchema.ReservedOnly, sink, Describe);
        ManifestDocument doc = ManifestParser.Parse(_text, sink, validator.Check);
        IReadOnlyList<KeyOccurrence> keys = validator.Finish(doc);
        if (sink.Problems.Count != 0 || doc.RowCount != Rows || keys.Count != Rows)
        {
            throw new InvalidOperationException(
                "The generated manifest should be clean with " + Rows + " rows and keys, but it has " + doc.RowCount + " rows, "
                + keys.Count + " keys and " + sink.Problems.Count + " problems: "
                + string.Join("; ", sink.Problems.Take(5).Select(p => p.ToString())));
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public int JsonDocumentParse()
    {
        using JsonDocument document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetArrayLength();
    }

    /// <summary>
    /// What the analyzer does (ManifestChecks): rows are checked as they are read and dropped, and the global keys, kept
    /// for the check across files, are copied out of the text as they are read so that they do not hold it.
    /// </summary>
    [Benchmark(Description = "Validate (analyzer)")]
    public int Validate()
    {
        var sink = new ProblemSink();
        return ManifestValidator.ValidateText(Path, _text, MetadataSchema.ReservedOnly, sink, Describe).Count + sink.Problems.Count;
    }

    /// <summary>The parse with every row kept, as the runtime reads a manifest: shows what keeping rows costs.</summary>
    [Benchmark(Description = "Parse, rows kept")]
    public int ParseKeepingRows()
    {
        var sink = new ProblemSink();
        return ManifestParser.Parse(_text, sink).Rows.Count + sink.Problems.Count;
    }
}
