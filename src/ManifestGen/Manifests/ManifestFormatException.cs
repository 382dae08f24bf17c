using System;
using System.Collections.Generic;

namespace ManifestGen;

/// <summary>
/// A manifest could not be read into rows. <see cref="Exception.Message"/> lists each problem
/// as <c>source(line,column): LBXnnnn: message</c>, like the build does.
/// </summary>
public sealed class ManifestFormatException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ManifestFormatException(string source, IReadOnlyList<string> problems)
        : base("Manifest '" + source + "' cannot be read:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Where the manifest came from: a file path or a resource name.</summary>
    public new string Source { get; }

    /// <summary>Each problem, formatted as <c>source(line,column): LBXnnnn: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
