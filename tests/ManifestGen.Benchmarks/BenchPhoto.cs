using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ManifestGen.Benchmarks;

/// <summary>The split a photo goes to (the reserved "split" field's options).</summary>
public enum BenchSplit
{
    Train,
    Valid,
    Test,
}

/// <summary>A typical annotated row: url, key, three metadata fields, one named attachment.</summary>
[LabelboxDataRow]
public sealed partial record BenchPhoto([property: RowData] string Url, [property: GlobalKey] string Key)
{
    [Metadata("tag")]
    public string? Tag { get; init; }

    [Metadata("split")]
    public BenchSplit? Split { get; init; }

    [Metadata("captureDateTime")]
    public DateTimeOffset? TakenAt { get; init; }

    [Attachment(AttachmentType.ImageOverlay, Name = "RGB")]
    public string? Overlay { get; init; }
}

/// <summary>The same row as a DTO shaped like the import JSON, for System.Text.Json.</summary>
public sealed class ImportRowDto
{
    [JsonPropertyName("row_data")]
    public required string RowData { get; init; }

    [JsonPropertyName("global_key")]
    public string? GlobalKey { get; init; }

    [JsonPropertyName("media_type")]
    public string? MediaType { get; init; }

    [JsonPropertyName("metadata_fields")]
    public List<MetadataDto>? MetadataFields { get; init; }

    [JsonPropertyName("attachments")]
    public List<AttachmentDto>? Attachments { get; init; }
}

/// <summary>A metadata field of <see cref="ImportRowDto"/>.</summary>
public sealed class MetadataDto
{
    [JsonPropertyName("schema_id")]
    public string? SchemaId { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("value")]
    public required string Value { get; init; }
}

/// <summary>An attachment of <see cref="ImportRowDto"/>.</summary>
public sealed class AttachmentDto
{
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("value")]
    public required string Value { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
