using System;

namespace ManifestGen;

/// <summary>
/// Marks the string member of a <see cref="LabelboxDataRowAttribute"/> type that holds the row's
/// global key, unique in the Labelbox organization; a null value is omitted. At most one member has it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class GlobalKeyAttribute : Attribute
{
}
