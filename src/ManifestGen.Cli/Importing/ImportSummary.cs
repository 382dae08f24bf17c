using System.Globalization;
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
        table.AddRow("Imported", Count(result.Imported));
        table.AddRow("Refused by Labelbox", Count(result.Failed));
        table.AddRow("Invalid (not sent)", Count(result.SkippedInvalid));
        table.AddRow("Tasks", Count(result.TaskIds.Count));
        table.AddRow("Resumed", result.Resumed ? "yes" : "no");
        table.AddRow("Failures file", Markup.Escape(failuresPath));
        console.Write(table);
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
