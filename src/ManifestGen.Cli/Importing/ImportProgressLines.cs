using System;
using System.Globalization;
using System.IO;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The progress of an import where no live view can be drawn (output redirected to a CI log or a file, or
/// NO_COLOR): a plain line with the counts at most every <see cref="Interval"/>, and one when the import ends,
/// so a log gets a handful of lines rather than one per redraw.
/// </summary>
internal sealed class ImportProgressLines : IProgress<ImportProgress>
{
    /// <summary>The least time between two lines.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _output;
    private readonly long _total;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private long _lastWritten;
    private ImportProgress _latest;
    private ImportProgress? _written;

    public ImportProgressLines(TextWriter output, long total, TimeProvider time)
    {
        _output = output;
        _total = total;
        _time = time;
        _lastWritten = time.GetTimestamp();
    }

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            _latest = value;
            if (_time.GetElapsedTime(_lastWritten) >= Interval)
            {
                Write(value);
            }
        }
    }

    /// <summary>The counts the import ended with, unless the last line already showed them.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_written != _latest)
            {
                Write(_latest);
            }
        }
    }

    private void Write(ImportProgress value)
    {
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "Sent {0} of {1} rows, {2} acknowledged, {3} failed{4}",
            value.RowsSent, _total, value.RowsAcknowledged, value.RowsFailed,
            value.RowsUnchanged > 0 ? string.Format(CultureInfo.InvariantCulture, ", {0} unchanged", value.RowsUnchanged) : ""));
        _output.Flush();
        _written = value;
        _lastWritten = _time.GetTimestamp();
    }
}
