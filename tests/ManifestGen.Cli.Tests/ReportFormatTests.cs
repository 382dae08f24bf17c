using System.Linq;
using System.Text.Json;
using Json.Schema;
using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>--format json and --format sarif: documents of the promised shape, nothing else on the output.</summary>
public class ReportFormatTests
{
    /// <summary>The --format json contract.</summary>
    private static readonly JsonSchema JsonReportSchema = JsonSchema.FromText("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["tool", "version", "files", "diagnostics", "summary"],
          "additionalProperties": false,
          "properties": {
            "tool": { "const": "lbx" },
            "version": { "type": "string", "minLength": 1 },
            "files": { "type": "array", "items": { "type": "string" } },
            "diagnostics": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "severity", "message", "path", "line", "column", "endLine", "endColumn", "helpUri"],
                "properties": {
                  "id": { "type": "string", "pattern": "^LBX[0-9]{4}$" },
                  "severity": { "enum": ["error", "warning", "info"] },
                  "message": { "type": "string", "minLength": 1 },
                  "path": { "type": "string" },
                  "line": { "type": "integer", "minimum": 1 },
                  "column": { "type": "integer", "minimum": 1 },
                  "endLine": { "type": "integer", "minimum": 1 },
                  "endColumn": { "type": "integer", "minimum": 1 },
                  "helpUri": { "type": "string", "format": "uri" }
                }
              }
            },
            "summary": {
              "type": "object",
              "additionalProperties": false,
              "required": ["files", "errors", "warnings", "infos"],
              "properties": {
                "files": { "type": "integer" }, "errors": { "type": "integer" }, "warnings": { "type": "integer" }, "infos": { "type": "integer" }
              }
            }
          }
        }
        """);

    private static Lbx.Result RunBad(string format)
    {
        using var folder = new TempFolder();
        folder.Write("data/bad.lbx.json", TestManifests.Bad);
        return Lbx.Run(folder.Path, "validate", "--format", format);
    }

    [Fact]
    public void Json_MatchesItsSchema_AndCarriesEachDiagnostic()
    {
        var result = RunBad("json");
        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        EvaluationResults evaluation = JsonReportSchema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? new()).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));

        JsonElement first = document.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("LBX0102", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("data/bad.lbx.json", first.GetProperty("path").GetString());
        Assert.Equal((2, 16, 2, 42), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("https://github.com/ManifestGen/ManifestGen/blob/main/docs/diagnostics/LBX0102.md", first.GetProperty("helpUri").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_Is210_WithRulesResultsAndRelativeLocations()
    {
        var result = RunBad("SARIF");
        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        JsonElement root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());

        JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("lbx", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/ManifestGen/ManifestGen", driver.GetProperty("informationUri").GetString());
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(new[] { "LBX0102", "LBX0104" }, rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("row_data must be an https URL", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("https://github.com/ManifestGen/ManifestGen/blob/main/docs/diagnostics/LBX0104.md", rules[1].GetProperty("helpUri").GetString());
        Assert.Equal(new[] { "error", "warning" }, rules.Select(r => r.GetProperty("defaultConfiguration").GetProperty("level").GetString()));

        JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(new[] { "LBX0102", "LBX0104" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(new[] { 0, 1 }, results.Select(r => r.GetProperty("ruleIndex").GetInt32()));
        Assert.Equal(new[] { "error", "warning" }, results.Select(r => r.GetProperty("level").GetString()));
        Assert.StartsWith("row_data must be an https URL;", results[0].GetProperty("message").GetProperty("text").GetString(), System.StringComparison.Ordinal);
        JsonElement location = Assert.Single(results[0].GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("data/bad.lbx.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        JsonElement region = location.GetProperty("region");
        Assert.Equal((2, 16, 2, 42), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_WarnAsError_RaisesTheResultLevel_NotTheRuleDefault()
    {
        using var folder = new TempFolder();
        folder.Write("w.lbx.json", TestManifests.WarningOnly);
        var result = Lbx.Run(folder.Path, "validate", "--format", "sarif", "--warnaserror");
        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        JsonElement run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("error", run.GetProperty("results")[0].GetProperty("level").GetString());
        Assert.Equal("warning", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Clean_Sarif_HasAnEmptyResultList_AndExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("ok.lbx.json", TestManifests.Rows("a"));
        var result = Lbx.Run(folder.Path, "validate", "-f", "sarif");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(0, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}
