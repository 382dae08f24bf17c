using System.Text.Json.Serialization;

namespace ManifestGen.Journal;

/// <summary>
/// One line of an import journal; each kind of line is a record of its own, told apart by its "type" (written first).
/// docs/import-resume.md says what each records and how a resumed import reads them.
/// </summary>
// "task" for TaskStarted is the name the first journals wrote; kept so that they resume.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ImportStarted), "started")]
[JsonDerivedType(typeof(ChunkUploaded), "chunk")]
[JsonDerivedType(typeof(TaskRequested), "taskRequested")]
[JsonDerivedType(typeof(TaskStarted), "task")]
[JsonDerivedType(typeof(RowInvalid), "invalid")]
[JsonDerivedType(typeof(TaskFinished), "taskFinished")]
[JsonDerivedType(typeof(ImportFinished), "finished")]
[JsonDerivedType(typeof(SyncPlanned), "syncPlan")]
internal abstract record JournalRecord
{
    /// <summary>When the line was written (ISO 8601, UTC); set by <see cref="ImportJournal.AppendAsync"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string? Time { get; init; }
}
