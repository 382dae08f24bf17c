using System;

namespace ManifestGen;

/// <summary>
/// Marks the member of a <see cref="LabelboxDataRowAttribute"/> type that holds the image: an https
/// URL (<see cref="string"/> or <see cref="Uri"/>), or a local file (<see cref="System.IO.FileInfo"/>,
/// or a path string) to upload. Exactly one member of the type has it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class RowDataAttribute : Attribute
{
}
