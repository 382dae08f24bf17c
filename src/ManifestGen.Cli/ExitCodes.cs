namespace ManifestGen.Cli;

/// <summary>What lbx returns, for scripts and CI.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and nothing failed (warnings and infos do not fail unless --warnaserror).</summary>
    public const int Success = 0;

    /// <summary>A manifest or schema file has errors (or warnings, with --warnaserror).</summary>
    public const int Errors = 1;

    /// <summary>The command line was wrong: no command, an unknown command or option, a path that does not exist, no files matched.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C (or SIGTERM) before it finished: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
