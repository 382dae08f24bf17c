namespace ManifestGen.Cli.Commands;

/// <summary>What a command needs from its process besides its arguments: where relative paths start.</summary>
internal sealed class CommandEnvironment
{
    public CommandEnvironment(string workingDirectory)
    {
        WorkingDirectory = System.IO.Path.GetFullPath(workingDirectory);
    }

    /// <summary>Relative paths and globs start here; output paths are shown relative to it.</summary>
    public string WorkingDirectory { get; }
}
