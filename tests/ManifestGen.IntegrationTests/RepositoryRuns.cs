namespace ManifestGen.IntegrationTests;

/// <summary>
/// Tests that <c>dotnet run</c> projects of this repository, one at a time: they build into one artifacts
/// folder (the QuickStart builds the sandbox project too), and two builds writing one obj folder at once fail.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RepositoryRuns
{
    public const string Name = "dotnet run in the repository";

    /// <summary>The artifacts folder they share (<see cref="DotNet.ArtifactsPath"/>).</summary>
    public const string Folder = "run";
}
