using Spectre.Console;

namespace ManifestGen.Cli.Commands;

/// <summary>What a command needs from its process besides its arguments: the console, and where relative paths start.</summary>
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
}
