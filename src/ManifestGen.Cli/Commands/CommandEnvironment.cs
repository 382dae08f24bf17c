using System;
using System.Threading;
using Spectre.Console;

namespace ManifestGen.Cli.Commands;

/// <summary>
/// What a command needs from its process besides its arguments: the console, where relative paths
/// start, environment variables (tests point lbx at a sandbox they started with LABELBOX_ENDPOINT) and
/// the cancellation (Ctrl+C, SIGTERM). Tests also change client settings.
/// </summary>
internal sealed class CommandEnvironment
{
    public CommandEnvironment(IAnsiConsole console, string workingDirectory)
    {
        Console = console;
        WorkingDirectory = System.IO.Path.GetFullPath(workingDirectory);
    }

    /// <summary>Where output goes; plain when redirected or NO_COLOR is set.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Relative paths and globs start here; output paths are shown relative to it.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Reads an environment variable (LABELBOX_API_KEY, LABELBOX_ENDPOINT); the process's by default.</summary>
    public Func<string, string?> Variable { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Stops a running command; the process cancels it on Ctrl+C and SIGTERM.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Changes the client's settings after lbx has set them (tests: smaller tasks).</summary>
    internal Action<LabelboxClientOptions>? ConfigureClient { get; init; }
}
