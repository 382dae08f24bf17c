using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Cli.Inputs;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Cli.Validation;

/// <summary>What a validation found, with the severities and paths every output format shows.</summary>
internal sealed class ValidationReport
{
    public ValidationReport(string workingDirectory, IReadOnlyList<string> files, IReadOnlyList<FileProblem> problems, bool warningsAsErrors)
    {
        WorkingDirectory = workingDirectory;
        Files = files;
        Problems = problems;
        WarningsAsErrors = warningsAsErrors;
        Errors = problems.Count(p => SeverityOf(p) == RuleSeverity.Error);
        Warnings = problems.Count(p => SeverityOf(p) == RuleSeverity.Warning);
        Infos = problems.Count(p => SeverityOf(p) == RuleSeverity.Info);
    }

    public string WorkingDirectory { get; }

    /// <summary>Every file checked (manifests and schema files), full paths in path order.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<FileProblem> Problems { get; }

    public bool WarningsAsErrors { get; }

    public int Errors { get; }

    public int Warnings { get; }

    public int Infos { get; }

    /// <summary>Errors fail; with --warnaserror warnings are errors. Infos never fail.</summary>
    public bool Failed => Errors > 0;

    /// <summary>The rule's default severity, a warning raised to an error by --warnaserror.</summary>
    public RuleSeverity SeverityOf(FileProblem problem) =>
        WarningsAsErrors && problem.Rule.Severity == RuleSeverity.Warning ? RuleSeverity.Error : problem.Rule.Severity;

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
