using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ManifestGen.Cli.Validation;
using ManifestGen.Rules.Diagnostics;
using Spectre.Console;
using Rule = ManifestGen.Rules.Diagnostics.Rule;

namespace ManifestGen.Cli.Reports;

/// <summary>
/// --format sarif: a SARIF 2.1.0 log with one run, so code-scanning tools (GitHub, Azure DevOps,
/// the VS Code SARIF viewer) show the diagnostics at their place. The driver lists the rules the
/// results use; paths are relative to %SRCROOT%, the working directory.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string InformationUri = "https://github.com/ManifestGen/ManifestGen";

    private const string SourceRoot = "%SRCROOT%";

    public static void Write(ValidationReport report, IAnsiConsole console) => JsonOutput.Write(console, json =>
    {
        List<Rule> rules = report.Problems.Select(p => p.Rule).Distinct().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(report.WorkingDirectory.TrimEnd('/', '\\') + "/").AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (FileProblem problem in report.Problems)
        {
            WriteResult(json, report, problem, rules.IndexOf(problem.Rule));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteTool(Utf8JsonWriter json, List<Rule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "lbx");
        json.WriteString("version", LbxApp.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (Rule rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ValidationReport report, FileProblem problem, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", problem.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(report.SeverityOf(problem)));
        json.WriteStartObject("message");
        json.WriteString("text", problem.Problem.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        string uri = report.UriPath(problem.Path);
        json.WriteString("uri", uri);
        if (!Uri.IsWellFormedUriString(uri, UriKind.Absolute))
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", problem.Line);
        json.WriteNumber("startColumn", problem.Column);
        json.WriteNumber("endLine", problem.EndLine);
        json.WriteNumber("endColumn", problem.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF's levels; an info diagnostic is a "note".</summary>
    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };
}
