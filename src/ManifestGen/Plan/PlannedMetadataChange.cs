namespace ManifestGen;

/// <summary>What applying a declared metadata field to the organization would do, as a schema plan says it.</summary>
public enum PlannedMetadataChange
{
    /// <summary>The organization has no field of this name: applying creates it, with its options.</summary>
    Missing,

    /// <summary>The organization has the enum field but lacks some of its declared options: applying adds them.</summary>
    MissingOptions,

    /// <summary>The organization has the field, of this kind, with every declared option.</summary>
    Unchanged,

    /// <summary>
    /// The organization has a field of this name of another kind (or a reserved field lacking a declared option): an
    /// error to resolve by hand, since fields are never changed in kind or deleted.
    /// </summary>
    Conflict,
}
