using System.Collections.Generic;
using ManifestGen.Rows;

namespace ManifestGen;

/// <summary>An enum metadata field whose values are options of type <typeparamref name="TOption"/>.</summary>
/// <typeparam name="TOption">The generated option type of this field.</typeparam>
public sealed class EnumMetadataField<TOption> : MetadataField
    where TOption : MetadataOption
{
    internal EnumMetadataField(string name, string? schemaId, IEnumerable<TOption> options)
        : base(name, schemaId, MetadataFieldKind.Enum) =>
        Options = ValueList<TOption>.From(options);

    /// <summary>Every option of the field.</summary>
    public IReadOnlyList<TOption> Options { get; }

    internal override Rules.Metadata.MetadataFieldDefinition ToDefinition()
    {
        var options = new List<Rules.Metadata.MetadataOptionDefinition>(Options.Count);
        foreach (TOption option in Options)
        {
            options.Add(new Rules.Metadata.MetadataOptionDefinition(option.Name, option.SchemaId));
        }

        return new(Name, Rules.Metadata.MetadataKind.Enum, SchemaId, reserved: false, options);
    }
}
