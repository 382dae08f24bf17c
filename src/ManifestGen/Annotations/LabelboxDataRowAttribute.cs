using System;

namespace ManifestGen;

/// <summary>
/// Marks a partial class, record or struct whose instances are Labelbox data rows. ManifestGen's
/// generator adds <c>ToDataRowSpec()</c> and a reflection-free import JSON writer to it (see
/// <see cref="ILabelboxDataRow"/>), and checks its members at build time (LBX1001–LBX1012).
/// </summary>
/// <example>
/// <code>
/// [LabelboxDataRow]
/// public partial record Photo(
///     [property: RowData] string Url,
///     [property: GlobalKey] string Key,
///     [property: Metadata("tag")] string? Tag);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class LabelboxDataRowAttribute : Attribute
{
}
