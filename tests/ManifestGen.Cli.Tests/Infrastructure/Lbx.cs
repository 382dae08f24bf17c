using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Connection;
using Spectre.Console.Testing;

namespace ManifestGen.Cli.Tests.Infrastructure;

/// <summary>Runs lbx in-process, as the process entry point does, on a test console.</summary>
internal static class Lbx
{
    /// <summary>Runs with no environment variables set (LABELBOX_API_KEY and LABELBOX_ENDPOINT of the machine never leak in).</summary>
    public static Result Run(string workingDirectory, params string[] args) =>
        Run(new Setup(workingDirectory), args);

    public static Result Run(Setup setup, params string[] args) =>
        Run(setup, new TestConsole(), args);

    /// <summary>
    /// Starts a command that runs until cancelled (lbx sandbox) on another thread; <c>Output</c> reads what it
    /// has written so far.
    /// </summary>
    public static (Task<Result> Run, Func<string> Output) Start(Setup setup, params string[] args)
    {
        var console = new TestConsole();
        return (Task.Run(() => Run(setup, console, args)), () => console.Output);
    }

    /// <summary>Runs on a console the test prepared: an interactive one with the answers to type, say.</summary>
    public static Result Run(Setup setup, TestConsole console, params string[] args)
    {
        console.Profile.Width = 200;
        var environment = new CommandEnvironment(console, setup.WorkingDirectory)
        {
            Variable = name => name switch
            {
                LabelboxClientOptions.ApiKeyVariable => setup.ApiKey,
                LabelboxTarget.EndpointVariable => setup.Endpoint?.AbsoluteUri,
                _ => null,
            },
            ConfigureClient = setup.ConfigureClient,
            Cancellation = setup.Cancellation,
        };
        int exitCode = LbxApp.Run(args, environment);
        return new Result(exitCode, console.Output);
    }

    /// <summary>Where and against what lbx runs: a sandbox's endpoint (as LABELBOX_ENDPOINT) and a key for it, client settings, a cancellation.</summary>
    internal sealed record Setup(string WorkingDirectory)
    {
        public string? ApiKey { get; init; }

        public Uri? Endpoint { get; init; }

        public Action<LabelboxClientOptions>? ConfigureClient { get; init; }

        public CancellationToken Cancellation { get; init; }
    }

    internal sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The diagnostic lines (the MSBuild format), without the summary line.</summary>
        public string[] Diagnostics => Lines.Where(l => l.Contains(": error LBX", StringComparison.Ordinal)
            || l.Contains(": warning LBX", StringComparison.Ordinal) || l.Contains(": info LBX", StringComparison.Ordinal)).ToArray();

        /// <summary>The output with every run of white space made one space: messages however the console wrapped them.</summary>
        public string Said => System.Text.RegularExpressions.Regex.Replace(Output, "\\s+", " ");

        public string[] Lines => Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();

        /// <summary>The value beside <paramref name="label"/> in the import summary table.</summary>
        public string Summary(string label)
        {
            string? line = Lines.FirstOrDefault(l => l.Contains(label, StringComparison.Ordinal) && l.IndexOfAny(['│', '|']) >= 0); // a table row, not a message
            Assert.True(line != null, "no summary row '" + label + "' in " + this);
            string[] cells = line!.Split('│', '|').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            Assert.True(cells.Length == 2 && cells[0] == label, "not a summary row: " + line);
            return cells[1];
        }

        public override string ToString() => "exit " + ExitCode + ":\n" + Output;
    }
}
