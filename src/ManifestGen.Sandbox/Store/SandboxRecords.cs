using System;
using System.Collections.Generic;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox;

/// <summary>A dataset as the sandbox stores it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record SandboxDataset(string Id, string Name, string? Description, DateTimeOffset CreatedAt);

/// <summary>A data row as the sandbox stores it.</summary>
/// <param name="Id">Its 25-character id.</param>
/// <param name="DatasetId">The dataset it belongs to.</param>
/// <param name="RowData">The row data: a URL, text, or the JSON text of an object.</param>
/// <param name="GlobalKey">Its global key, unique in the organization ignoring case.</param>
/// <param name="ExternalId">Its external id.</param>
/// <param name="MediaType">The media type given on import.</param>
/// <param name="Metadata">Its metadata values.</param>
/// <param name="Attachments">Its attachments.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record SandboxDataRow(
    string Id,
    string DatasetId,
    string RowData,
    string? GlobalKey,
    string? ExternalId,
    string? MediaType,
    IReadOnlyList<SandboxMetadataValue> Metadata,
    IReadOnlyList<SandboxAttachment> Attachments,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The row data: a URL, text, or the JSON text of an object.</summary>
    public string RowData { get => RowDataText.Value!; init => RowDataText = new StoredText(value); }

    /// <summary>The row data as stored: an import keeps it as the UTF-8 bytes of its chunk.</summary>
    internal StoredText RowDataText { get; init; } = new(RowData);
}

/// <summary>A metadata value of a data row.</summary>
/// <param name="SchemaId">The field's schema id.</param>
/// <param name="Name">The field's name.</param>
/// <param name="Kind">The field's kind as the service names it (CustomMetadataString…).</param>
/// <param name="Value">A string, a double, a UTC datetime string (yyyy-MM-ddTHH:mm:ssZ) or, for an enum, the option's schema id.</param>
public sealed record SandboxMetadataValue(string SchemaId, string Name, string Kind, object Value);

/// <summary>An attachment of a data row.</summary>
/// <param name="Type">IMAGE, RAW_TEXT…</param>
/// <param name="Value">A URL or the text.</param>
/// <param name="Name">Its optional name.</param>
public sealed record SandboxAttachment(string Type, string Value, string? Name)
{
    /// <summary>A URL or the text.</summary>
    public string Value { get => ValueText.Value!; init => ValueText = new StoredText(value); }

    /// <summary>The value as stored: an import keeps it as the UTF-8 bytes of its chunk.</summary>
    internal StoredText ValueText { get; init; } = new(Value);
}

/// <summary>The statuses of an import task.</summary>
public static class SandboxTaskStatus
{
    /// <summary>Rows are being processed.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>Every row was processed (some may have failed).</summary>
    public const string Complete = "COMPLETE";

    /// <summary>The task could not run (manifest unreadable, too many rows…).</summary>
    public const string Failed = "FAILED";
}

/// <summary>An import task as the sandbox reports it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">"adv-upsert-data-rows".</param>
/// <param name="Status">One of <see cref="SandboxTaskStatus"/>.</param>
/// <param name="CompletionPercentage">0 to 100.</param>
/// <param name="Errors">Why a FAILED task failed; null otherwise.</param>
/// <param name="SucceededRows">Rows created or updated.</param>
/// <param name="FailedRows">Rows rejected.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record SandboxTask(
    string Id,
    string Name,
    string Type,
    string Status,
    double CompletionPercentage,
    string? Errors,
    int SucceededRows,
    int FailedRows,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
