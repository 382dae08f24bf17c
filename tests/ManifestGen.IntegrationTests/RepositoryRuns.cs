namespace ManifestGen.IntegrationTests;

/// <summary>
/// Tests that <c>dotnet run</c> projects of this repository, one at a time: the QuickStart builds the
/// sandbox project too, and two builds of one project at once would fight over its obj folder.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RepositoryRuns
{
    public const string Name = "dotnet run in the repository";
}
