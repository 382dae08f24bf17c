using System;

namespace ManifestGen.Sandbox;

/// <summary>
/// The data folder (<see cref="SandboxOptions.DataDirectory"/>) cannot be used: it is not a sandbox's, its
/// database is unreadable, or another version of the sandbox wrote it. Thrown at start, before anything is served.
/// </summary>
public sealed class SandboxDataException : Exception
{
    /// <summary>Says which folder cannot be used and why.</summary>
    /// <param name="folder">The data folder.</param>
    /// <param name="reason">Why, as the end of a sentence.</param>
    /// <param name="inner">The error that showed it, if any.</param>
    public SandboxDataException(string folder, string reason, Exception? inner = null)
        : base("The sandbox data folder '" + folder + "' cannot be used: " + reason + ".", inner) => Folder = folder;

    /// <summary>The data folder.</summary>
    public string Folder { get; }
}
