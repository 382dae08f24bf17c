namespace ManifestGen;

/// <summary>What importing a row into a dataset would do, as a plan says it.</summary>
public enum PlannedChange
{
    /// <summary>No row of the organization has the row's global key (or the row has none): the import creates it.</summary>
    New,

    /// <summary>The dataset holds the row as given: an import has nothing to send for it.</summary>
    Unchanged,

    /// <summary>The dataset holds a row with this global key that differs: an import updates it.</summary>
    Changed,

    /// <summary>
    /// A row of another dataset has this global key. Keys are unique in an organization, so an import into this
    /// dataset refuses the row ("Duplicate global key"): a conflict to resolve before importing.
    /// </summary>
    Elsewhere,
}
