namespace ManifestGen.Import;

/// <summary>What a sync does with one input row, decided once by its plan.</summary>
internal enum SyncDecision
{
    /// <summary>New (or not plannable: it goes through validation, which refuses it): created, AUTO key.</summary>
    Create,

    /// <summary>Changed: upserted by its global key (GKEY).</summary>
    Upsert,

    /// <summary>The dataset holds it as given: not sent.</summary>
    Unchanged,

    /// <summary>Another dataset holds its key: a failure, not sent.</summary>
    Conflict,
}
