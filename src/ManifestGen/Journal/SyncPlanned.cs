using System.Collections.Generic;

namespace ManifestGen.Journal;

/// <summary>
/// A sync's plan, decided once before any row is sent: a resumed sync reads it rather than planning again, which would find
/// the rows already sent unchanged and move the tasks' boundaries. Rows in neither list nor a conflict are created.
/// </summary>
/// <param name="Rows">The input rows planned over; a resume with another count is refused.</param>
/// <param name="Upserts">The changed rows, upserted by global key, as ascending [start, end) index pairs, flattened.</param>
/// <param name="Unchanged">The rows not sent, the same way.</param>
/// <param name="Conflicts">The rows another dataset holds the key of, as their failures.</param>
/// <param name="Prune">With ImportOptions.Prune: the ids of the dataset's rows no input row names, deleted when the rows are stored.</param>
internal sealed record SyncPlanned(long Rows, IReadOnlyList<long> Upserts, IReadOnlyList<long> Unchanged, IReadOnlyList<ImportFailure> Conflicts,
    IReadOnlyList<string>? Prune) : JournalRecord;
