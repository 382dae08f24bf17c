namespace ManifestGen;

/// <summary>What an import sends: every row, or only what the dataset lacks.</summary>
public enum ImportMode
{
    /// <summary>Every row is sent, keyed as <see cref="ImportOptions.KeyMode"/> says. The default.</summary>
    Create,

    /// <summary>
    /// The import first plans against the dataset (<see cref="LabelboxClient.PlanAsync"/>) and sends only what it lacks:
    /// new rows are created, changed rows upserted by their global key; unchanged rows are not sent (counted in
    /// <see cref="ImportResult.Unchanged"/>) and a row whose key another dataset holds is a failure of kind
    /// <see cref="ImportFailureKind.Conflict"/>, not sent. Needs <see cref="ImportOptions.DatasetId"/>. The plan's decision
    /// is recorded in the journal, so a resumed sync sends what the first run decided, without planning again.
    /// </summary>
    Sync,
}
