using System;

namespace ManifestGen;

/// <summary>
/// Marks a member of a <see cref="LabelboxDataRowAttribute"/> type that sets a metadata field: a
/// reserved Labelbox field (e.g. <c>"tag"</c>, <c>"split"</c>, <c>"captureDateTime"</c>) or one declared
/// in labelbox.metadata.json. The member's type must fit the field's kind: <see cref="string"/> for
/// string fields; any numeric type for number fields; <see cref="DateTimeOffset"/> or
/// <see cref="DateTime"/> for datetime fields; a C# enum whose members are the field's options, or a
/// generated option type, for enum fields; a sequence of <see cref="double"/> or <see cref="float"/> for
/// embeddings. A null value is omitted.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class MetadataAttribute : Attribute
{
    /// <summary>Marks the member as the value of the metadata field <paramref name="name"/>.</summary>
    /// <param name="name">The field's name, as in Labelbox or labelbox.metadata.json.</param>
    public MetadataAttribute(string name) => Name = name;

    /// <summary>The metadata field's name.</summary>
    public string Name { get; }
}
