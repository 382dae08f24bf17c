namespace ManifestGen;

/// <summary>One attachment of a stored data row.</summary>
/// <param name="Id">The attachment's id, if the service gives one.</param>
/// <param name="Type">IMAGE, RAW_TEXT, IMAGE_OVERLAY…</param>
/// <param name="Value">A URL or the text.</param>
/// <param name="Name">Its name, if any.</param>
public sealed record DataRowAttachment(string? Id, string Type, string Value, string? Name);
