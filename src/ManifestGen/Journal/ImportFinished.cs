using System.Text.Json.Serialization;

namespace ManifestGen.Journal;

/// <summary>The last line of a finished import: its totals.</summary>
/// <param name="Imported">Rows imported.</param>
/// <param name="Failed">Rows Labelbox refused.</param>
/// <param name="Invalid">Rows never sent; written "rows", as the first journals did.</param>
/// <param name="Pruned">In a sync with prune, the dataset's rows deleted; null otherwise. A finished sync never deletes again.</param>
internal sealed record ImportFinished(long Imported, long Failed, [property: JsonPropertyName("rows")] long Invalid, long? Pruned = null) : JournalRecord;
