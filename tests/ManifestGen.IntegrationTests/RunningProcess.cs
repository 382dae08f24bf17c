using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// A child process that keeps running while a test talks to it (a sandbox, a submit to kill): its output
/// captured line by line, a line waited for with a time limit, and the process killed when disposed.
/// </summary>
internal sealed class RunningProcess : IAsyncDisposable
{
    private readonly List<string> _lines = new();

    private RunningProcess(Process process)
    {
        Process = process;
    }

    public Process Process { get; }

    /// <summary>Everything it wrote so far, standard output and error interleaved as they came.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    public static RunningProcess Start(ProcessStartInfo start)
    {
        var running = new RunningProcess(Process.Start(start)!);
        running.Process.OutputDataReceived += (_, e) => running.Add(e.Data);
        running.Process.ErrorDataReceived += (_, e) => running.Add(e.Data);
        running.Process.BeginOutputReadLine();
        running.Process.BeginErrorReadLine();
        return running;
    }

    /// <summary>The first line that starts with <paramref name="prefix"/>; fails when the process ends or the time runs out first.</summary>
    public async Task<string> LineAsync(string prefix, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (_lines)
            {
                if (_lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }
            }

            if (Process.HasExited || clock.Elapsed > timeout)
            {
                if (Process.HasExited)
                {
                    await Process.WaitForExitAsync(); // the rest of its output
                }

                throw new InvalidOperationException("No line '" + prefix + "…' from the process ("
                    + (Process.HasExited ? "it ended with exit code " + Process.ExitCode : "timed out") + "):\n" + Output);
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Sends SIGTERM, as a service manager or <c>kill</c> does, and returns the exit code once it has ended
    /// (bounded by <paramref name="timeout"/>). Unix only: Windows has no SIGTERM to send.</summary>
    public Task<int> TerminateAsync(TimeSpan timeout) => SignalAsync(Terminate, timeout);

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and returns the exit code once it has ended. Unix only.</summary>
    public Task<int> InterruptAsync(TimeSpan timeout)
    {
        Assert.False(IgnoresInterrupt(Process.Id),
            "The process ignores SIGINT: it inherited that from this test run, as everything started with '&' from a "
            + "non-interactive shell does, and a program keeps an inherited ignore. Run the tests in the foreground.");
        return SignalAsync(Interrupt, timeout);
    }

    /// <summary>Whether SIGINT is in the process's ignored set (Linux's /proc; false where there is none to read).</summary>
    private static bool IgnoresInterrupt(int pid)
    {
        string status = "/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/status";
        string? line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line != null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (Interrupt - 1))) != 0;
    }

    private async Task<int> SignalAsync(int signal, TimeSpan timeout)
    {
        Assert.Equal(0, Kill(Process.Id, signal));
        await Process.WaitForExitAsync().WaitAsync(timeout);
        return Process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Process.Dispose();
    }

    private void Add(string? line)
    {
        if (line != null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    private const int Terminate = 15; // SIGTERM

    private const int Interrupt = 2; // SIGINT

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
