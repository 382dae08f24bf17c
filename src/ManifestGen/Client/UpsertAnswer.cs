using System;

namespace ManifestGen.Client;

/// <summary>Labelbox's answer to upsertDataRows.</summary>
/// <param name="Task">The task it started.</param>
/// <param name="AfterLostRequest">Whether an earlier attempt of the call was a lost request (no answer, or a 5xx): Labelbox
/// may then also run a twin task over the same manifest, which the answer does not name (docs/import-resume.md).</param>
/// <param name="CreatedAt">When the service started the task, by its clock, if it says.</param>
/// <param name="Took">How long the call took, all attempts included, by our clock.</param>
internal sealed record UpsertAnswer(LabelboxTask Task, bool AfterLostRequest, DateTimeOffset? CreatedAt, TimeSpan Took);
