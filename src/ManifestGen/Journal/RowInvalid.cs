using System.Collections.Generic;

namespace ManifestGen.Journal;

/// <summary>A row was not sent: it breaks a rule, or its local file failed the preflight.</summary>
/// <param name="FirstRow">The row's input index.</param>
/// <param name="Failures">Its one failure (a list, as the first journals wrote it).</param>
internal sealed record RowInvalid(long FirstRow, IReadOnlyList<ImportFailure> Failures) : JournalRecord;
