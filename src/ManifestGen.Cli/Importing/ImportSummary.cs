using System.Globalization;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Importing;

/// <summary>The table printed when an import ends: a label and a value a row (no header row: the labels say it all).</summary>
internal static class ImportSummary
{
    public static void Write(IAnsiConsole console, ImportResult result, string failuresPath)
    {
        var table = new Table().Title("Import summary").HideHeaders().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Dataset", result.DatasetId);
        table.AddRow("Rows", Count(result.Total));
        if (result.Mode == ImportMode.Sync)
        {
            table.AddRow("Created", Count(result.Created));
            table.AddRow("Updated", Count(result.Updated));
            table.AddRow("Unchanged", Count(result.Unchanged));
            table.AddRow("Failed", Count(result.Failed));
            if (result.Pruned > 0)
            {
                table.AddRow("Pruned", Count(result.Pruned));
            }
        }
        else
        {
            table.AddRow("Imported", Count(result.Imported));
            table.AddRow("Refused by Labelbox", Count(result.Failed));
        }

        table.AddRow("Invalid (not sent)", Count(result.SkippedInvalid));
        table.AddRow("Tasks", Count(result.TaskIds.Count));
        table.AddRow("Resumed", result.Resumed ? "yes" : "no");
        table.AddRow("Failures file", Markup.Escape(failuresPath));
        console.Write(table);
        if (result.Mode == ImportMode.Sync && result.TaskIds.Count == 0)
        {
            console.Raw().WriteLine("Nothing to send: " + Count(result.Unchanged) + " rows unchanged.");
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
