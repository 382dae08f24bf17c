using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// A metadata field as a generated <see cref="LabelboxDataRowAttribute"/> type sets it: by schema id
/// when known, else by name, pre-encoded for the JSON writer. Not meant to be created by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MetadataKey
{
    private MetadataKey(string fieldName, string? schemaId, string member, int dimensions)
    {
        FieldName = fieldName;
        SchemaId = schemaId;
        Member = member;
        Dimensions = dimensions;
        EncodedName = JsonEncodedText.Encode(fieldName);
        EncodedSchemaId = schemaId == null ? default : JsonEncodedText.Encode(schemaId);
        ByName = Encoding.UTF8.GetBytes("{\"name\":\"" + EncodedName.Value + "\",\"value\":");
        ById = schemaId == null ? ByName : Encoding.UTF8.GetBytes("{\"schema_id\":\"" + EncodedSchemaId.Value + "\",\"value\":");
    }

    /// <summary>The field's name.</summary>
    public string FieldName { get; }

    /// <summary>The field's schema id, or null to set it by name.</summary>
    public string? SchemaId { get; }

    /// <summary>The member that holds the value, e.g. <c>Photo.Split</c>, for messages.</summary>
    public string Member { get; }

    /// <summary>An embedding's dimension; 0 for other kinds.</summary>
    public int Dimensions { get; }

    internal JsonEncodedText EncodedName { get; }

    internal JsonEncodedText EncodedSchemaId { get; }

    /// <summary>A metadata object up to its value, the field set by name, as the compact bulk writer writes it.</summary>
    internal byte[] ByName { get; }

    /// <summary>The same set by schema id when there is one, else <see cref="ByName"/>.</summary>
    internal byte[] ById { get; }

    /// <summary>Creates the key.</summary>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="schemaId">The field's schema id, or null to set it by name.</param>
    /// <param name="member">The member that holds the value, for messages.</param>
    /// <param name="dimensions">An embedding's dimension; 0 for other kinds.</param>
    /// <returns>The key.</returns>
    public static MetadataKey Create(string fieldName, string? schemaId, string member, int dimensions = 0) =>
        new(fieldName ?? throw new ArgumentNullException(nameof(fieldName)), schemaId, member ?? throw new ArgumentNullException(nameof(member)), dimensions);

    /// <summary>The exception for an enum value that is not one of the enum's members.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The exception to throw.</returns>
    public InvalidOperationException UndefinedOption(object value) =>
        Invalid("is " + Convert.ToString(value, CultureInfo.InvariantCulture) + ", which is not a member of its enum, so it is none of the options of metadata field '" + FieldName + "'");

    internal InvalidOperationException Invalid(string what) => new(Member + " " + what + ".");
}
