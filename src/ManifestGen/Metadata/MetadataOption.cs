using System;

namespace ManifestGen;

/// <summary>
/// An option of an enum metadata field. Generated option types (e.g. <c>LabelboxMetadata.SplitOption</c>
/// with <c>LabelboxMetadata.SplitOption.Train</c>) derive from it and carry each option's schema id.
/// </summary>
public abstract class MetadataOption : IEquatable<MetadataOption>
{
    /// <summary>Creates an option.</summary>
    /// <param name="name">The option's name in Labelbox.</param>
    /// <param name="schemaId">The option's schema id, when known.</param>
    protected MetadataOption(string name, string? schemaId)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        SchemaId = schemaId;
    }

    /// <summary>The option's name.</summary>
    public string Name { get; }

    /// <summary>The option's schema id; null when only the name is known.</summary>
    public string? SchemaId { get; }

    /// <inheritdoc />
    public bool Equals(MetadataOption? other) =>
        other is not null && other.GetType() == GetType() && other.Name == Name && other.SchemaId == SchemaId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetadataOption);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GetType(), Name, SchemaId);

    /// <inheritdoc />
    public override string ToString() => Name;
}
