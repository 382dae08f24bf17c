namespace ManifestGen.Journal;

/// <summary>The first line: which import this journal is for. A resume with other input, key mode or endpoint is refused.</summary>
/// <param name="Input">What was imported, e.g. "manifest Cats (12 rows)" or "rows".</param>
/// <param name="DatasetId">The dataset the rows go into (created by the first run when it was given by name).</param>
/// <param name="KeyMode">The <see cref="RowKeyMode"/>'s name.</param>
/// <param name="Endpoint">The GraphQL endpoint: a dataset id means nothing elsewhere. Null in journals older than the endpoint check.</param>
/// <param name="Mode">"Sync" for a sync; null for the create mode (and in journals older than sync).</param>
internal sealed record ImportStarted(string Input, string DatasetId, string KeyMode, string? Endpoint, string? Mode = null) : JournalRecord;
