namespace ManifestGen.Import;

/// <summary>
/// A twin task (docs/import-resume.md): one a lost request may have started over this import's rows. It is taken as such
/// only if it ran over <see cref="Rows"/> rows. <see cref="Earlier"/>: the lost request was an earlier run's, so the rows
/// it stored may have moved into a later task of this run; otherwise it was an attempt of the task's own call.
/// </summary>
internal sealed record TwinTask(string Id, long Rows, bool Earlier);
