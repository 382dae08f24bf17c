using System;

namespace ManifestGen.Cli.Commands;

/// <summary>A mistake on the command line found while running (a path that does not exist, no files matched): exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
