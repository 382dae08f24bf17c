using System;

namespace ManifestGen.Client;

/// <summary>A task of the user's list (<c>user.createdTasks</c>): its id, type and, if the service says, when it was created.</summary>
internal readonly record struct CreatedTask(string Id, string? Type, DateTimeOffset? CreatedAt)
{
    /// <summary>The type of the tasks upsertDataRows starts.</summary>
    public const string UpsertType = "adv-upsert-data-rows";
}
