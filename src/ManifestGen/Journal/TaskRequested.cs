namespace ManifestGen.Journal;

/// <summary>
/// An upsertDataRows request is about to be sent, recorded first: a run that dies before the answer leaves a lost request,
/// and the service may have started a task over these rows (docs/import-resume.md).
/// </summary>
/// <param name="Task">The task's number in this import.</param>
/// <param name="FirstRow">The input index the task's rows start at.</param>
/// <param name="EndRow">One past the input index of the task's last row (invalid rows included).</param>
/// <param name="Rows">The rows sent.</param>
/// <param name="ManifestUri">The uploaded manifest that names the task's chunks.</param>
internal sealed record TaskRequested(int Task, long FirstRow, long EndRow, long Rows, string ManifestUri) : JournalRecord;
