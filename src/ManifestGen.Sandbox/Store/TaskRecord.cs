using System;
using System.Collections.Generic;

namespace ManifestGen.Sandbox.Store;

/// <summary>What a failed row looked like, as failedDataRowImports reports it.</summary>
internal sealed record FailedRowSpec(
    string? ExternalId,
    string? GlobalKey,
    string? RowData,
    IReadOnlyList<FailedMetadata> Metadata,
    IReadOnlyList<FailedAttachment> Attachments);

internal sealed record FailedMetadata(string? SchemaId, object? Value, string? Name);

internal sealed record FailedAttachment(string? Type, string? Value, string? Name);

internal sealed record FailedRow(string Message, FailedRowSpec Spec);

/// <summary>An import task; mutated only under the state's lock.</summary>
internal sealed class TaskRecord
{
    public TaskRecord(string id, string userId, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public const string UpsertType = "adv-upsert-data-rows";

    public string Id { get; }

    public string UserId { get; }

    public string Name { get; } = "Upsert data rows";

    public string Status { get; set; } = SandboxTaskStatus.InProgress;

    public double CompletionPercentage { get; set; }

    public string? Errors { get; set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<FailedRow> Failures { get; } = new();

    public List<string> SucceededRowIds { get; } = new();

    public SandboxTask ToPublic() => new(Id, Name, UpsertType, Status, CompletionPercentage, Errors,
        SucceededRowIds.Count, Failures.Count, CreatedAt, UpdatedAt);
}

/// <summary>A finished dataRowsForGlobalKeys job.</summary>
internal sealed record GlobalKeyJob(string Id, IReadOnlyList<string> FetchedIds, IReadOnlyList<string> NotFound);
