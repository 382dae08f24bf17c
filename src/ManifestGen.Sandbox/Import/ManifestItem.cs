using System;
using System.Collections.Generic;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// A row's fields as read from its payload and checked on their own. A struct held in its <see cref="ManifestItem"/>: a
/// chunk's rows live until it is stored, and an object each was one more for the garbage collector to copy.
/// </summary>
internal readonly record struct RowInput(
    string? DatasetId,
    StoredText RowData,
    string? GlobalKey,
    string? ExternalId,
    string? MediaType,
    IReadOnlyList<SandboxMetadataValue>? Metadata,
    IReadOnlyList<SandboxAttachment>? Attachments);

/// <summary>
/// One manifest item as read: the row and its key, or the reason it was refused. The payload's bytes (empty when
/// the item had no payload object) stay with it to describe the row should it fail.
/// </summary>
internal readonly record struct ManifestItem(RowInput Input, string KeyType, string KeyValue, string? Error, ReadOnlyMemory<byte> Payload)
{
    public static ManifestItem Failed(string error, ReadOnlyMemory<byte> payload) => new(default, string.Empty, string.Empty, error, payload);
}
