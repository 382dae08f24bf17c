using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Manifests;

/// <summary>
/// Checks every `.lbx.json` manifest and labelbox.metadata.json of the project against Labelbox's
/// rules. An analyzer rather than generator diagnostics, so the squiggles show in the manifest
/// editor; duplicate global keys across files are found when the whole compilation is done.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        ImmutableArray<AdditionalText> files = start.Options.AdditionalFiles;
        if (!files.Any(f => ManifestFiles.IsManifest(f.Path) || MetadataSchemaFile.IsSchemaFile(f.Path)))
        {
            return;
        }

        SchemaSource schema = SchemaSource.Load(files, start.CancellationToken);
        var projectPaths = ProjectPaths.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var keys = new ConcurrentBag<KeyOccurrence>();
        var texts = new ConcurrentDictionary<string, SourceText>(StringComparer.Ordinal);

        start.RegisterAdditionalFileAction(context =>
        {
            AdditionalText file = context.AdditionalFile;
            if (schema.File != null && ReferenceEquals(file, schema.File))
            {
                ProblemReporter.Report(schema.Problems, file.Path, schema.Text!, context.ReportDiagnostic);
            }
            else if (ManifestFiles.IsManifest(file.Path))
            {
                AnalyzeManifest(file, schema.Schema, keys, texts, context.ReportDiagnostic, context.CancellationToken);
            }
        });

        start.RegisterCompilationEndAction(end =>
        {
            var duplicates = DuplicateKeys.AcrossFilesProblems(keys, key => Position(texts[key.Path], key.Start), projectPaths.Show);
            foreach (var (duplicate, first, problem) in duplicates)
            {
                end.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.AtCompilationEnd(RuleCatalog.DuplicateGlobalKey),
                    ProblemReporter.Locate(duplicate.Path, texts[duplicate.Path], duplicate.Start, duplicate.Length),
                    new[] { ProblemReporter.Locate(first.Path, texts[first.Path], first.Start, first.Length) },
                    problem.Args));
            }
        });
    }

    private static (int Line, int Column) Position(SourceText text, int offset)
    {
        LinePosition position = text.Lines.GetLinePosition(offset);
        return (position.Line + 1, position.Character + 1);
    }

    private static void AnalyzeManifest(AdditionalText file, MetadataSchema schema, ConcurrentBag<KeyOccurrence> keys,
        ConcurrentDictionary<string, SourceText> texts, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text == null)
        {
            return;
        }

        var sink = new ProblemSink();
        IReadOnlyList<KeyOccurrence> fileKeys = ManifestValidator.ValidateText(
            file.Path, text.ToString(), schema, sink, offset => ProblemReporter.DescribeOffset(text, offset));
        ProblemReporter.Report(sink.Problems, file.Path, text, report);
        texts[file.Path] = text;
        foreach (KeyOccurrence key in fileKeys)
        {
            keys.Add(key);
        }
    }
}
