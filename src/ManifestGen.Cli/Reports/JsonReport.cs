using System.Text.Json;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Diagnostics;
using Spectre.Console;

namespace ManifestGen.Cli.Reports;

/// <summary>
/// --format json: { "tool", "version", "files": [paths], "diagnostics": [{ id, severity, message,
/// path, line, column, endLine, endColumn, helpUri }], "summary": { files, errors, warnings, infos } }.
/// Paths are relative with forward slashes (file URIs outside the working directory); lines and columns are 1-based.
/// </summary>
internal static class JsonReport
{
    public static void Write(ValidationReport report, IAnsiConsole console) => JsonOutput.Write(console, json =>
    {
        json.WriteStartObject();
        json.WriteString("tool", "lbx");
        json.WriteString("version", LbxApp.Version);
        json.WriteStartArray("files");
        foreach (string file in report.Files)
        {
            json.WriteStringValue(report.UriPath(file));
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (FileProblem problem in report.Problems)
        {
            WriteDiagnostic(json, report, problem);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Count);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteNumber("infos", report.Infos);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter json, ValidationReport report, FileProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("id", problem.Rule.Id);
        json.WriteString("severity", ValidationReport.Word(report.SeverityOf(problem)));
        json.WriteString("message", problem.Problem.Message);
        json.WriteString("path", report.UriPath(problem.Path));
        json.WriteNumber("line", problem.Line);
        json.WriteNumber("column", problem.Column);
        json.WriteNumber("endLine", problem.EndLine);
        json.WriteNumber("endColumn", problem.EndColumn);
        json.WriteString("helpUri", problem.Rule.HelpUri);
        json.WriteEndObject();
    }
}
