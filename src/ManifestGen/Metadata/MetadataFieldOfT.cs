namespace ManifestGen;

/// <summary>
/// A metadata field whose values are <typeparamref name="T"/>: <see cref="string"/> for text,
/// <see cref="double"/> for numbers, <see cref="System.DateTimeOffset"/> for date-times. Create one
/// with <see cref="MetadataField.String"/>, <see cref="MetadataField.Number"/> or
/// <see cref="MetadataField.DateTime"/>.
/// </summary>
/// <typeparam name="T">The CLR type of the field's values.</typeparam>
public sealed class MetadataField<T> : MetadataField
{
    internal MetadataField(string name, string? schemaId, MetadataFieldKind kind)
        : base(name, schemaId, kind)
    {
    }
}
