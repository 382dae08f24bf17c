using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>A labelbox.metadata.json and what applying it to the organization would do.</summary>
/// <param name="File">The file as shown (relative to the working directory).</param>
/// <param name="Plan">Its plan.</param>
internal sealed record SchemaFilePlan(string File, MetadataSchemaPlan Plan);

/// <summary>
/// Prints metadata schema plans, for <c>lbx schema push</c> and as the first section of <c>lbx plan</c>: each field
/// that is not unchanged, with what is missing or what conflicts, then the counts.
/// </summary>
internal static class SchemaPlanReport
{
    public static void WriteText(IAnsiConsole console, SchemaFilePlan file)
    {
        console.MarkupLineInterpolated($"Metadata schema ({file.File}):");
        foreach (PlannedMetadataField field in file.Plan.Fields)
        {
            switch (field.Change)
            {
                case PlannedMetadataChange.Missing:
                    console.MarkupLineInterpolated($"[green]+ missing[/]   {field.Name} ({Kind(field)})");
                    break;
                case PlannedMetadataChange.MissingOptions:
                    console.MarkupLineInterpolated($"[green]+ options[/]   {field.Name}: {string.Join(", ", field.MissingOptions)}");
                    break;
                case PlannedMetadataChange.Conflict:
                    console.MarkupLineInterpolated($"[red]! conflict[/]  {field.Name}: {field.Conflict}");
                    break;
            }
        }

        console.MarkupLineInterpolated($"  {Counts(file.Plan)}");
    }

    /// <summary>One error per conflicting field, naming its file, the field and both kinds; true when there was one.</summary>
    public static bool WriteConflicts(IAnsiConsole console, IEnumerable<SchemaFilePlan> files)
    {
        bool any = false;
        foreach (SchemaFilePlan file in files)
        {
            foreach (PlannedMetadataField field in file.Plan.Fields.Where(f => f.Change == PlannedMetadataChange.Conflict))
            {
                console.Error(file.File + ": " + field.Conflict);
                any = true;
            }
        }

        return any;
    }

    /// <summary>The counts in one line: "1 missing, 1 missing options, 2 unchanged, 0 conflicts".</summary>
    public static string Counts(MetadataSchemaPlan plan) =>
        LbxConsole.Plural(plan.Missing, "field") + " missing, " + LbxConsole.Plural(plan.MissingOptions, "field") + " missing options, "
        + plan.Unchanged + " unchanged, " + LbxConsole.Plural(plan.Conflicts, "conflict");

    /// <summary>One object per file: its counts and every declared field.</summary>
    public static void WriteJson(Utf8JsonWriter w, SchemaFilePlan file)
    {
        w.WriteStartObject();
        w.WriteString("file", file.File);
        w.WriteBoolean("hasChanges", file.Plan.HasChanges);
        w.WriteStartObject("counts");
        w.WriteNumber("missing", file.Plan.Missing);
        w.WriteNumber("missingOptions", file.Plan.MissingOptions);
        w.WriteNumber("unchanged", file.Plan.Unchanged);
        w.WriteNumber("conflicts", file.Plan.Conflicts);
        w.WriteEndObject();
        w.WriteStartArray("fields");
        foreach (PlannedMetadataField field in file.Plan.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", field.Name);
            w.WriteString("kind", field.Kind.ToString().ToLowerInvariant());
            w.WriteString("change", JsonNamingPolicy.CamelCase.ConvertName(field.Change.ToString()));
            w.WriteString("schemaId", field.SchemaId);
            w.WriteStartArray("missingOptions");
            foreach (string option in field.MissingOptions)
            {
                w.WriteStringValue(option);
            }

            w.WriteEndArray();
            if (field.Conflict != null)
            {
                w.WriteString("conflict", field.Conflict);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A table of the fields that are not unchanged, and the counts.</summary>
    public static void AppendMarkdown(StringBuilder md, SchemaFilePlan file, System.Func<string, string> cell)
    {
        md.Append("#### Metadata schema (").Append(cell(file.File)).Append(")\n\n");
        List<PlannedMetadataField> listed = file.Plan.Fields.Where(f => f.Change != PlannedMetadataChange.Unchanged).ToList();
        if (listed.Count > 0)
        {
            md.Append("| Field | Kind | Change | Detail |\n| --- | --- | --- | --- |\n");
            foreach (PlannedMetadataField field in listed)
            {
                string detail = field.Change switch
                {
                    PlannedMetadataChange.Conflict => field.Conflict!,
                    _ when field.MissingOptions.Count > 0 => "options " + string.Join(", ", field.MissingOptions),
                    _ => "",
                };
                md.Append("| ").Append(cell(field.Name)).Append(" | ").Append(field.Kind.ToString().ToLowerInvariant()).Append(" | ")
                    .Append(Change(field.Change)).Append(" | ").Append(detail.Length == 0 ? "" : cell(detail)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append(Counts(file.Plan)).Append(".\n\n");
    }

    private static string Change(PlannedMetadataChange change) => change switch
    {
        PlannedMetadataChange.Missing => "missing",
        PlannedMetadataChange.MissingOptions => "missing options",
        PlannedMetadataChange.Conflict => "conflict",
        _ => "unchanged",
    };

    /// <summary>The field's kind and, for an enum, its options: "enum: sunny, snow".</summary>
    public static string Kind(PlannedMetadataField field) =>
        field.Kind.ToString().ToLowerInvariant() + (field.Options.Count > 0 ? ": " + string.Join(", ", field.Options.Select(o => o.Name)) : "");
}
