using System;
using System.Linq;
using Spectre.Console.Testing;

namespace ManifestGen.Cli.Tests.Infrastructure;

/// <summary>Runs lbx in-process, as the process entry point does, on a test console.</summary>
internal static class Lbx
{
    public static Result Run(string workingDirectory, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        int exitCode = LbxApp.Run(args, console, workingDirectory);
        return new Result(exitCode, console.Output);
    }

    internal sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The diagnostic lines (the MSBuild format), without the summary line.</summary>
        public string[] Diagnostics => Lines.Where(l => l.Contains(": error LBX", StringComparison.Ordinal)
            || l.Contains(": warning LBX", StringComparison.Ordinal) || l.Contains(": info LBX", StringComparison.Ordinal)).ToArray();

        public string[] Lines => Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();

        public override string ToString() => "exit " + ExitCode + ":\n" + Output;
    }
}
