namespace ManifestGen.Import;

/// <summary>
/// A task an upsertDataRows whose answer never came may have started over this import's rows. It is taken as such only
/// if it ran over <see cref="Rows"/> rows. <see cref="Earlier"/>: asked for by an earlier run that died waiting, so the
/// rows it stored may have moved into a later task of this run; otherwise a lost attempt of the task's own call.
/// </summary>
internal sealed record TwinTask(string Id, long Rows, bool Earlier);
