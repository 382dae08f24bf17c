using System;
using System.Collections.Generic;

namespace ManifestGen;

/// <summary>
/// A Labelbox metadata field. The generated <c>LabelboxMetadata</c> class has one per reserved field
/// and per field of labelbox.metadata.json; the value type of each is fixed by its kind, so a value of
/// the wrong type does not compile.
/// </summary>
public abstract class MetadataField
{
    private protected MetadataField(string name, string? schemaId, MetadataFieldKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        SchemaId = schemaId;
        Kind = kind;
    }

    /// <summary>The field's name in Labelbox.</summary>
    public string Name { get; }

    /// <summary>The field's schema id; null when only the name is known (resolved at submit time).</summary>
    public string? SchemaId { get; }

    /// <summary>The field's kind.</summary>
    public MetadataFieldKind Kind { get; }

    /// <summary>A text field.</summary>
    public static MetadataField<string> String(string name, string? schemaId = null) => new(name, schemaId, MetadataFieldKind.String);

    /// <summary>A number field.</summary>
    public static MetadataField<double> Number(string name, string? schemaId = null) => new(name, schemaId, MetadataFieldKind.Number);

    /// <summary>A date-time field.</summary>
    public static MetadataField<DateTimeOffset> DateTime(string name, string? schemaId = null) => new(name, schemaId, MetadataFieldKind.DateTime);

    /// <summary>An embedding field of <paramref name="dimensions"/> numbers.</summary>
    public static EmbeddingMetadataField Embedding(string name, int dimensions, string? schemaId = null) => new(name, dimensions, schemaId);

    /// <summary>An enum field with the given options.</summary>
    public static EnumMetadataField<TOption> Enum<TOption>(string name, string? schemaId, IEnumerable<TOption> options)
        where TOption : MetadataOption => new(name, schemaId, options);

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Kind + ")";

    /// <summary>The shared rules' view of this field, for validation.</summary>
    internal virtual Rules.Metadata.MetadataFieldDefinition ToDefinition() =>
        new(Name, (Rules.Metadata.MetadataKind)Kind, SchemaId, reserved: false);
}
