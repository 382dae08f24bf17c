using System;

namespace ManifestGen;

/// <summary>
/// The enum overload of <c>WithMetadata</c>. It is an extension rather than an instance method so
/// that a wrong value for a text, number or date-time field is reported against those overloads
/// (CS1503, "cannot convert from 'string' to 'DateTimeOffset'") instead of as a generic constraint
/// failure of this one.
/// </summary>
public static class DataRowSpecBuilderExtensions
{
    /// <summary>Sets an enum field to one of its options.</summary>
    public static DataRowSpecBuilder WithMetadata<TOption>(this DataRowSpecBuilder builder, EnumMetadataField<TOption> field, TOption option)
        where TOption : MetadataOption
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(option);
        // Labelbox takes an option's schema id when the field is given by schema id, and resolves
        // option names only for fields given by name.
        return option.SchemaId != null
            ? builder.Add(field, MetadataValue.String(option.SchemaId))
            : builder.AddByName(field, MetadataValue.String(option.Name));
    }
}
