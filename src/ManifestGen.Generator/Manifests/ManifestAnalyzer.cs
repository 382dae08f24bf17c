using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Config;
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
/// editor; duplicate global keys across files are found when the whole compilation is done. Each
/// diagnostic is reported at the severity the project's configuration gives it for that file
/// (<see cref="ManifestSeverities"/>), and as many as the limits allow (<see cref="ManifestListing"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestAnalyzer : DiagnosticAnalyzer
{
    private readonly ManifestChecks checks;

    /// <summary>The analyzer the compiler and the IDE load, sharing one cache of checked manifests.</summary>
    public ManifestAnalyzer()
        : this(ManifestChecks.Shared)
    {
    }

    internal ManifestAnalyzer(ManifestChecks checks) => this.checks = checks;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.AllConfigurable;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        ImmutableArray<AdditionalText> files = start.Options.AdditionalFiles;
        if (!files.Any(f => ManifestFiles.IsManifest(f.Path) || MetadataSchemaFile.IsSchemaFile(f.Path)))
        {
            return;
        }

        SchemaSource schema = SchemaSource.Load(files, start.CancellationToken);
        SeverityConfiguration severities = ManifestSeverities.Read(start.Compilation, start.Options, start.CancellationToken);
        AnalyzerConfigOptions global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var projectPaths = ProjectPaths.From(global);
        ProblemLimits limits = Settings.ReadProblemLimits(global);

        // Decided once for every manifest, in path order, when the first file asks: the limit across files
        // must not depend on which file's action runs first.
        var listing = new Lazy<ManifestListing>(
            () => ManifestListing.Create(files, checks, schema.Schema, severities, limits, start.CancellationToken),
            LazyThreadSafetyMode.ExecutionAndPublication);

        start.RegisterAdditionalFileAction(context =>
        {
            AdditionalText file = context.AdditionalFile;
            if (schema.File != null && ReferenceEquals(file, schema.File))
            {
                ProblemReporter.Report(schema.Problems, file.Path, schema.Text!, rule => severities.For(rule, file.Path), context.ReportDiagnostic);
            }
            else if (ManifestFiles.IsManifest(file.Path))
            {
                foreach (Diagnostic diagnostic in listing.Value.For(file.Path))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        });

        start.RegisterCompilationEndAction(end =>
        {
            IReadOnlyDictionary<string, SourceText> texts = listing.Value.Texts;
            var duplicates = DuplicateKeys.AcrossFilesProblems(listing.Value.Keys, key => Position(texts[key.Path], key.Start), projectPaths.Show);
            foreach (var (duplicate, first, problem) in duplicates)
            {
                Diagnostic? diagnostic = ProblemReporter.CreateConfigured(
                    Descriptors.AtCompilationEnd(RuleCatalog.DuplicateGlobalKey),
                    severities.For(RuleCatalog.DuplicateGlobalKey, duplicate.Path),
                    ProblemReporter.Locate(duplicate.Path, texts[duplicate.Path], duplicate.Start, duplicate.Length),
                    new[] { ProblemReporter.Locate(first.Path, texts[first.Path], first.Start, first.Length) },
                    fix: null,
                    problem.Args);
                if (diagnostic != null)
                {
                    end.ReportDiagnostic(diagnostic);
                }
            }
        });
    }

    private static (int Line, int Column) Position(SourceText text, int offset)
    {
        LinePosition position = text.Lines.GetLinePosition(offset);
        return (position.Line + 1, position.Character + 1);
    }
}
