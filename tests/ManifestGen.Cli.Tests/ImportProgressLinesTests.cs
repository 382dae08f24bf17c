using System;
using System.IO;
using ManifestGen.Cli.Importing;

namespace ManifestGen.Cli.Tests;

/// <summary>Redirected, an import's progress is a count line at most every few seconds and one at the end, whatever the report rate.</summary>
public class ImportProgressLinesTests
{
    [Fact]
    public void ManyReports_GiveALineEveryInterval_AndTheFinalCounts()
    {
        var time = new SteppedTime();
        var output = new StringWriter();
        var lines = new ImportProgressLines(output, 1000, time);

        for (int sent = 1; sent <= 1000; sent++)
        {
            time.Advance(TimeSpan.FromMilliseconds(20)); // 20 s in all: four intervals
            lines.Report(new ImportProgress { RowsSent = sent, RowsAcknowledged = sent / 2 });
        }

        lines.Report(new ImportProgress { RowsSent = 1000, RowsAcknowledged = 998, RowsFailed = 2 });
        lines.Finish();

        Assert.Equal(
            new[]
            {
                "Sent 250 of 1000 rows, 125 acknowledged, 0 failed",
                "Sent 500 of 1000 rows, 250 acknowledged, 0 failed",
                "Sent 750 of 1000 rows, 375 acknowledged, 0 failed",
                "Sent 1000 of 1000 rows, 500 acknowledged, 0 failed",
                "Sent 1000 of 1000 rows, 998 acknowledged, 2 failed",
            },
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Finish_DoesNotRepeatTheLastLine()
    {
        var time = new SteppedTime();
        var output = new StringWriter();
        var lines = new ImportProgressLines(output, 2, time);
        time.Advance(ImportProgressLines.Interval);
        lines.Report(new ImportProgress { RowsSent = 2, RowsAcknowledged = 2 });

        lines.Finish();

        Assert.Equal("Sent 2 of 2 rows, 2 acknowledged, 0 failed" + Environment.NewLine, output.ToString());
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
