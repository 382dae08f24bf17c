using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// The property names a manifest may use. The parser identifies a property by its position in one
/// of these arrays; the nested classes name those positions (an entry is one object of a row's
/// metadata_fields or attachments; the runtime's public MetadataKey and AttachmentKey are other things).
/// </summary>
internal static class ManifestKeys
{
    public static readonly WordTable Envelope = new(new[] { "$schema", "name", "dataset", "rows" });

    public static readonly WordTable Row = new(new[] { "row_data", "global_key", "external_id", "media_type", "metadata_fields", "attachments" });

    public static readonly WordTable Metadata = new(new[] { "name", "schema_id", "value" });

    public static readonly WordTable Attachment = new(new[] { "type", "value", "name" });

    /// <summary>Positions in <see cref="Envelope"/>.</summary>
    public static class EnvelopeKey
    {
        public const int Schema = 0;
        public const int Name = 1;
        public const int Dataset = 2;
        public const int Rows = 3;
    }

    /// <summary>Positions in <see cref="Row"/>.</summary>
    public static class RowKey
    {
        public const int RowData = 0;
        public const int GlobalKey = 1;
        public const int ExternalId = 2;
        public const int MediaType = 3;
        public const int MetadataFields = 4;
        public const int Attachments = 5;
    }

    /// <summary>Positions in <see cref="Metadata"/>.</summary>
    public static class MetadataEntryKey
    {
        public const int Name = 0;
        public const int SchemaId = 1;
        public const int Value = 2;
    }

    /// <summary>Positions in <see cref="Attachment"/>.</summary>
    public static class AttachmentEntryKey
    {
        public const int Type = 0;
        public const int Value = 1;
        public const int Name = 2;
    }
}
