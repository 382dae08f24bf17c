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
    /// A sync does not create metadata fields or enum options: a row names a field and gives a value, not the field's kind
    /// or options, so the fields the rows use are planned and created first with
    /// <see cref="LabelboxClient.PlanMetadataSchemaAsync(System.Collections.Generic.IEnumerable{MetadataField}, System.Threading.CancellationToken)"/> and
    /// <see cref="LabelboxClient.ApplyMetadataSchemaAsync"/> (as <c>lbx submit --sync</c> does); a row setting a field the
    /// organization lacks is refused as invalid.
    /// </summary>
    Sync,
}
