namespace ManifestGen.Rules.Manifest;

/// <summary>The property names a manifest may use, in the order the parser numbers them.</summary>
internal static class ManifestKeys
{
    public static readonly string[] Envelope = { "$schema", "name", "dataset", "rows" };

    public static readonly string[] Row = { "row_data", "global_key", "external_id", "media_type", "metadata_fields", "attachments" };

    public static readonly string[] Metadata = { "name", "schema_id", "value" };

    public static readonly string[] Attachment = { "type", "value", "name" };
}
