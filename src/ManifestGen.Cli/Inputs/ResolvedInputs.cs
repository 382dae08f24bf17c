using System.Collections.Generic;

namespace ManifestGen.Cli.Inputs;

/// <summary>The files the path arguments named: manifests, and labelbox.metadata.json files named on their own.</summary>
internal sealed class ResolvedInputs
{
    public ResolvedInputs(IReadOnlyList<ManifestSource> manifests, IReadOnlyList<string> schemaFiles)
    {
        Manifests = manifests;
        SchemaFiles = schemaFiles;
    }

    /// <summary>Each manifest once, ordered by full path.</summary>
    public IReadOnlyList<ManifestSource> Manifests { get; }

    /// <summary>Schema files given as paths or matched by a glob, full paths.</summary>
    public IReadOnlyList<string> SchemaFiles { get; }
}
