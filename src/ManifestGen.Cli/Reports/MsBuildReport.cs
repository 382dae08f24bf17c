using System.Globalization;
using ManifestGen.Cli.Terminal;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Diagnostics;
using Spectre.Console;

namespace ManifestGen.Cli.Reports;

/// <summary>
/// Diagnostics as the build prints them, "path(line,col): error LBX0102: message", so editors and
/// CI problem matchers read them; a summary line follows. Only the severity word is coloured (by
/// Spectre, so plain when redirected); the rest is written as is, never wrapped.
/// </summary>
internal static class MsBuildReport
{
    public static void Write(ValidationReport report, IAnsiConsole console)
    {
        foreach (FileProblem problem in report.Problems)
        {
            RuleSeverity severity = report.SeverityOf(problem);
            console.Raw().Write(string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): ", report.DisplayPath(problem.Path), problem.Line, problem.Column));
            console.Write(new Text(ValidationReport.Word(severity), StyleOf(severity)));
            console.Raw().WriteLine(" " + problem.Rule.Id + ": " + problem.Problem.Message);
        }

        string counts = LbxConsole.Plural(report.Errors, "error") + ", " + LbxConsole.Plural(report.Warnings, "warning")
            + " in " + LbxConsole.Plural(report.Files.Count, "file");
        console.MarkupLineInterpolated(report.Failed ? (System.FormattableString)$"[red]{counts}[/]" : $"[green]{counts}[/]");
    }

    private static Style StyleOf(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => new Style(Color.Red),
        RuleSeverity.Warning => new Style(Color.Yellow),
        _ => new Style(Color.Blue),
    };
}
