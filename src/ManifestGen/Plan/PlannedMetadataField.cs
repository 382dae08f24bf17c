using System.Collections.Generic;
using System.Linq;

namespace ManifestGen;

/// <summary>One declared metadata field with what applying it to the organization would do.</summary>
public sealed record PlannedMetadataField
{
    internal PlannedMetadataField(string name, MetadataFieldKind kind, PlannedMetadataChange change, string? schemaId,
        IReadOnlyList<PlannedMetadataOption> options, string? conflict)
    {
        Name = name;
        Kind = kind;
        Change = change;
        SchemaId = schemaId;
        Options = options;
        Conflict = conflict;
    }

    /// <summary>The field's name, as declared and as the organization matches it (exactly, as the SDK looks names up).</summary>
    public string Name { get; init; }

    /// <summary>The declared kind.</summary>
    public MetadataFieldKind Kind { get; init; }

    /// <summary>What applying it would do.</summary>
    public PlannedMetadataChange Change { get; init; }

    /// <summary>The schema id of the organization's field of this name; null when it has none.</summary>
    public string? SchemaId { get; init; }

    /// <summary>The declared options of an enum field, each with its id in the organization or null; empty otherwise.</summary>
    public IReadOnlyList<PlannedMetadataOption> Options { get; init; }

    /// <summary>The declared options the organization lacks (all of them for a missing field).</summary>
    public IReadOnlyList<string> MissingOptions => Options.Where(o => o.SchemaId is null).Select(o => o.Name).ToArray();

    /// <summary>For a <see cref="PlannedMetadataChange.Conflict"/>, what the organization has instead; null otherwise.</summary>
    public string? Conflict { get; init; }
}
