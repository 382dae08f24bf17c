using System;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The live view of an import: rows sent and rows acknowledged (with the failed count) as bars, with
/// rate and time left. The client reports from its own threads; Spectre's tasks take that.
/// </summary>
internal sealed class ImportProgressDisplay : IProgress<ImportProgress>
{
    private readonly ProgressTask _sent;
    private readonly ProgressTask _acknowledged;

    public ImportProgressDisplay(ProgressContext context, long total)
    {
        _sent = context.AddTask("Sent", maxValue: Math.Max(total, 1));
        _acknowledged = context.AddTask("Acknowledged", maxValue: Math.Max(total, 1));
    }

    public static Progress Create(IAnsiConsole console) => console.Progress()
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn());

    public void Report(ImportProgress value)
    {
        _sent.Value = value.RowsSent;
        // A sync sends only what changed: the rows it leaves are said, so that a bar short of its end is not a worry.
        _sent.Description = value.RowsUnchanged > 0 ? "Sent (" + value.RowsUnchanged.ToString(CultureInfo.InvariantCulture) + " unchanged)" : "Sent";
        _acknowledged.Value = value.RowsAcknowledged;
        _acknowledged.Description = value.RowsFailed > 0
            ? "Acknowledged ([red]" + value.RowsFailed.ToString(CultureInfo.InvariantCulture) + " failed[/])"
            : "Acknowledged";
    }

    /// <summary>Rows done of rows in all.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(((long)task.Value).ToString(CultureInfo.InvariantCulture) + "/" + ((long)task.MaxValue).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Rows per second, once Spectre has measured it.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? speed.ToString("0", CultureInfo.InvariantCulture) + " rows/s" : "");
    }
}
