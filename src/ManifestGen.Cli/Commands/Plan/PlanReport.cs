using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ManifestGen.Cli.Commands.Schema;
using ManifestGen.Cli.Reports;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Commands.Plan;

/// <summary>
/// Prints a plan: the metadata schema's, then the rows' counts, each row that is not unchanged with what differs, and the
/// dataset's rows no manifest names.
/// </summary>
internal static class PlanReport
{
    /// <summary>How many of the dataset's rows that no manifest names are listed one by one; the rest are counted.</summary>
    private const int ListedNotInManifests = 50;

    public static void Write(IAnsiConsole console, IReadOnlyList<SchemaFilePlan> schemas, DataRowPlan plan, IReadOnlyList<string> origins, PlanFormat format)
    {
        switch (format)
        {
            case PlanFormat.Json:
                WriteJson(console, schemas, plan, origins);
                break;
            case PlanFormat.Markdown:
                console.Raw().Write(Markdown(schemas, plan, origins));
                break;
            default:
                WriteText(console, schemas, plan, origins);
                break;
        }
    }

    /// <summary>What the last line says: a missing metadata field counts as a change, as it does for the exit code.</summary>
    private static string Conclusion(IReadOnlyList<SchemaFilePlan> schemas, DataRowPlan plan)
    {
        bool schemaChanges = schemas.Any(s => s.Plan.HasChanges);
        bool rowChanges = plan.HasChanges || plan.Elsewhere > 0;
        return schemas.Any(s => s.Plan.HasConflicts) ? "A metadata field conflicts with the organization's; resolve it before a submit."
            : schemaChanges && rowChanges ? "lbx submit --sync (or lbx schema push) would create metadata fields or options, and a submit would change the dataset."
            : schemaChanges ? "lbx submit --sync (or lbx schema push) would create metadata fields or options; the dataset's rows would not change."
            : rowChanges ? "A submit would change the dataset."
            : "Nothing would change.";
    }

    private static IEnumerable<(string Label, int Count)> Counts(DataRowPlan plan) =>
    [
        ("new", plan.New), ("changed", plan.Changed), ("unchanged", plan.Unchanged), ("elsewhere", plan.Elsewhere), ("not in manifests", plan.NotInRows.Count),
    ];

    private static string Key(PlannedRow row) => row.Row.GlobalKey ?? "(no global key)";

    private static string Elsewhere(PlannedRow row) =>
        "global key held by row " + row.Stored!.Id + " of dataset " + (row.Stored.DatasetId ?? "?") + ": keys are unique in an organization";

    private static void WriteText(IAnsiConsole console, IReadOnlyList<SchemaFilePlan> schemas, DataRowPlan plan, IReadOnlyList<string> origins)
    {
        foreach (SchemaFilePlan schema in schemas)
        {
            SchemaPlanReport.WriteText(console, schema);
        }

        var table = new Table().AddColumn("Rows").AddColumn(new TableColumn("Count").RightAligned());
        foreach ((string label, int count) in Counts(plan))
        {
            table.AddRow(Markup.Escape(label), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.MarkupLineInterpolated($"Plan for dataset {plan.DatasetId}:");
        console.Write(table);
        for (int i = 0; i < plan.Rows.Count; i++)
        {
            PlannedRow row = plan.Rows[i];
            switch (row.Change)
            {
                case PlannedChange.New:
                    console.MarkupLineInterpolated($"[green]+ new[/]       {Key(row)}  ({origins[i]})");
                    break;
                case PlannedChange.Changed:
                    console.MarkupLineInterpolated($"[yellow]~ changed[/]   {Key(row)}  ({origins[i]})");
                    foreach (RowDifference d in row.Differences)
                    {
                        console.MarkupLineInterpolated($"      {d.Field}: {d.Before ?? "(none)"} -> {d.After ?? "(none)"}");
                    }

                    break;
                case PlannedChange.Elsewhere:
                    console.MarkupLineInterpolated($"[red]! elsewhere[/] {Key(row)}  ({origins[i]}): {Elsewhere(row)}");
                    break;
            }
        }

        foreach (LabelboxDataRow stored in plan.NotInRows.Take(ListedNotInManifests))
        {
            console.MarkupLineInterpolated($"[grey]? not in manifests[/] {stored.GlobalKey ?? "(no global key)"}  (row {stored.Id}; kept)");
        }

        if (plan.NotInRows.Count > ListedNotInManifests)
        {
            console.MarkupLineInterpolated($"[grey]? and {plan.NotInRows.Count - ListedNotInManifests} more rows not in manifests[/]");
        }

        string conclusion = Conclusion(schemas, plan);
        console.MarkupLine(conclusion == "Nothing would change." ? "[green]Nothing would change.[/]" : Markup.Escape(conclusion));
    }

    private static void WriteJson(IAnsiConsole console, IReadOnlyList<SchemaFilePlan> schemas, DataRowPlan plan, IReadOnlyList<string> origins) => JsonOutput.Write(console, w =>
    {
        w.WriteStartObject();
        w.WriteString("datasetId", plan.DatasetId);
        w.WriteBoolean("hasChanges", plan.HasChanges || plan.Elsewhere > 0 || schemas.Any(s => s.Plan.HasChanges));
        w.WriteBoolean("hasConflicts", schemas.Any(s => s.Plan.HasConflicts));
        w.WriteStartArray("metadataSchema");
        foreach (SchemaFilePlan schema in schemas)
        {
            SchemaPlanReport.WriteJson(w, schema);
        }

        w.WriteEndArray();
        w.WriteStartObject("counts");
        w.WriteNumber("new", plan.New);
        w.WriteNumber("changed", plan.Changed);
        w.WriteNumber("unchanged", plan.Unchanged);
        w.WriteNumber("elsewhere", plan.Elsewhere);
        w.WriteNumber("notInManifests", plan.NotInRows.Count);
        w.WriteEndObject();
        w.WriteStartArray("rows"); // unchanged rows are only counted: a plan of a large, settled dataset stays small
        for (int i = 0; i < plan.Rows.Count; i++)
        {
            PlannedRow row = plan.Rows[i];
            if (row.Change == PlannedChange.Unchanged)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("change", row.Change.ToString().ToLowerInvariant());
            w.WriteString("globalKey", row.Row.GlobalKey);
            w.WriteString("source", origins[i]);
            if (row.Stored is { } stored)
            {
                w.WriteString("storedId", stored.Id);
                w.WriteString("storedDatasetId", stored.DatasetId);
            }

            w.WriteStartArray("differences");
            foreach (RowDifference d in row.Differences)
            {
                w.WriteStartObject();
                w.WriteString("field", d.Field);
                w.WriteString("before", d.Before);
                w.WriteString("after", d.After);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notInManifests");
        foreach (LabelboxDataRow stored in plan.NotInRows)
        {
            w.WriteStartObject();
            w.WriteString("id", stored.Id);
            w.WriteString("globalKey", stored.GlobalKey);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Markdown(IReadOnlyList<SchemaFilePlan> schemas, DataRowPlan plan, IReadOnlyList<string> origins)
    {
        var md = new StringBuilder();
        md.Append("### lbx plan for dataset `").Append(plan.DatasetId).Append("`\n\n");
        foreach (SchemaFilePlan schema in schemas)
        {
            SchemaPlanReport.AppendMarkdown(md, schema, Cell);
        }

        md.Append("| Rows | Count |\n| --- | ---: |\n");
        foreach ((string label, int count) in Counts(plan))
        {
            md.Append("| ").Append(label).Append(" | ").Append(count).Append(" |\n");
        }

        md.Append('\n');
        List<int> changed = Enumerable.Range(0, plan.Rows.Count).Where(i => plan.Rows[i].Change == PlannedChange.Changed).ToList();
        if (changed.Count > 0)
        {
            md.Append("#### Changed\n\n| Global key | Field | Before | After |\n| --- | --- | --- | --- |\n");
            foreach (int i in changed)
            {
                foreach (RowDifference d in plan.Rows[i].Differences)
                {
                    md.Append("| ").Append(Cell(Key(plan.Rows[i]))).Append(" | ").Append(Cell(d.Field)).Append(" | ")
                        .Append(Cell(d.Before ?? "(none)")).Append(" | ").Append(Cell(d.After ?? "(none)")).Append(" |\n");
                }
            }

            md.Append('\n');
        }

        AppendList(md, "New", Enumerable.Range(0, plan.Rows.Count).Where(i => plan.Rows[i].Change == PlannedChange.New).Select(i => Cell(Key(plan.Rows[i])) + " (" + Cell(origins[i]) + ")"));
        AppendList(md, "Elsewhere (conflicts)", Enumerable.Range(0, plan.Rows.Count).Where(i => plan.Rows[i].Change == PlannedChange.Elsewhere).Select(i => Cell(Key(plan.Rows[i])) + ": " + Cell(Elsewhere(plan.Rows[i]))));
        AppendList(md, "Not in manifests (kept)", plan.NotInRows.Select(r => Cell(r.GlobalKey ?? "(no global key)") + " (row " + r.Id + ")"));
        md.Append(Conclusion(schemas, plan)).Append('\n');
        return md.ToString();
    }

    private static void AppendList(StringBuilder md, string title, IEnumerable<string> items)
    {
        List<string> listed = items.Take(ListedNotInManifests + 1).ToList();
        if (listed.Count == 0)
        {
            return;
        }

        md.Append("#### ").Append(title).Append("\n\n");
        foreach (string item in listed.Take(ListedNotInManifests))
        {
            md.Append("- ").Append(item).Append('\n');
        }

        if (listed.Count > ListedNotInManifests)
        {
            md.Append("- …\n");
        }

        md.Append('\n');
    }

    /// <summary>Text in a markdown table cell or list item: pipes, backticks and line breaks would end it or format it.</summary>
    private static string Cell(string text) =>
        "`" + text.Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "`";
}
