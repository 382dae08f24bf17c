using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Inputs;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;

namespace ManifestGen.Cli.Validation;

/// <summary>What a validation found, with the severities and paths every output format shows.</summary>
internal sealed class ValidationReport
{
    private readonly Dictionary<FileProblem, RuleSeverity> _severities = new();

    /// <summary>The name LBX0008 gives the limit across manifests by.</summary>
    public const string ProblemLimitOption = "--problem-limit";

    /// <param name="workingDirectory">Where paths are shown from.</param>
    /// <param name="files">Every file checked.</param>
    /// <param name="problems">What the rules found, in path, then place, then id order.</param>
    /// <param name="severities">The severity of each finding.</param>
    /// <param name="problemLimit">Manifest diagnostics listed, then one LBX0008 for the rest (<see cref="ProblemBudget"/>); 0 lists every one.</param>
    public ValidationReport(string workingDirectory, IReadOnlyList<string> files, IReadOnlyList<FileProblem> problems, SeverityConfiguration severities,
        int problemLimit = 0)
    {
        WorkingDirectory = workingDirectory;
        Files = files;

        // Hidden and None findings are not shown, as the build does not show them.
        var shown = new List<FileProblem>(problems.Count);
        var budget = new ProblemBudget(problemLimit, ProblemLimitOption);
        FileProblem? firstLeftOut = null;
        int summaryAt = 0;
        foreach (FileProblem problem in problems)
        {
            RuleSeverity? severity = severities.For(problem.Rule, problem.Path) switch
            {
                ConfiguredSeverity.Error => RuleSeverity.Error,
                ConfiguredSeverity.Warning => RuleSeverity.Warning,
                ConfiguredSeverity.Info => RuleSeverity.Info,
                _ => null,
            };
            if (severity is not RuleSeverity configured)
            {
                continue;
            }

            // The limit counts manifest diagnostics only, as the build's does; a schema file's are always listed.
            if (!ManifestFiles.IsManifest(problem.Path) || budget.TryList(problem.Path, problem.Problem, configured))
            {
                shown.Add(problem);
                _severities.Add(problem, configured);
            }
            else if (firstLeftOut == null)
            {
                firstLeftOut = problem;
                summaryAt = shown.Count;
            }
        }

        if (budget.Summary() is { } summary && firstLeftOut != null)
        {
            var leftOut = new FileProblem(firstLeftOut.Path, summary, (firstLeftOut.Line, firstLeftOut.Column), (firstLeftOut.EndLine, firstLeftOut.EndColumn));
            shown.Insert(summaryAt, leftOut);
            _severities.Add(leftOut, budget.Highest);
        }

        Problems = shown;
        Errors = shown.Count(p => SeverityOf(p) == RuleSeverity.Error);
        Warnings = shown.Count(p => SeverityOf(p) == RuleSeverity.Warning);
        Infos = shown.Count(p => SeverityOf(p) == RuleSeverity.Info);
    }

    public string WorkingDirectory { get; }

    /// <summary>Every file checked (manifests and schema files), full paths in path order.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<FileProblem> Problems { get; }

    public int Errors { get; }

    public int Warnings { get; }

    public int Infos { get; }

    /// <summary>Errors fail (with --warnaserror, or configured so, warnings are errors). Infos never fail.</summary>
    public bool Failed => Errors > 0;

    /// <summary>The severity configuration and the command line give the finding (the rule's own by default).</summary>
    public RuleSeverity SeverityOf(FileProblem problem) => _severities[problem];

    /// <summary>As MSBuild shows it: relative to the working directory when under it, else the full path.</summary>
    public string DisplayPath(string path) => DisplayPath(WorkingDirectory, path);

    /// <summary><paramref name="path"/> relative to <paramref name="workingDirectory"/> when under it, else the full path.</summary>
    public static string DisplayPath(string workingDirectory, string path) =>
        InputResolver.IsUnder(path, workingDirectory) ? Path.GetRelativePath(workingDirectory, path) : path;

    /// <summary>For JSON and SARIF: relative with forward slashes when under the working directory, else an absolute file URI.</summary>
    public string UriPath(string path) =>
        InputResolver.IsUnder(path, WorkingDirectory)
            ? Path.GetRelativePath(WorkingDirectory, path).Replace('\\', '/')
            : new Uri(path).AbsoluteUri;

    /// <summary>"error", "warning" or "info", as MSBuild prints severities.</summary>
    public static string Word(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };
}
