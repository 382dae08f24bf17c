using System;

namespace ManifestGen;

/// <summary>
/// Marks a member of a <see cref="LabelboxDataRowAttribute"/> type that holds an attachment of the
/// row: an https URL (<see cref="string"/> or <see cref="Uri"/>), or the text itself for
/// <see cref="AttachmentType.RawText"/>. A null value is omitted.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class AttachmentAttribute : Attribute
{
    /// <summary>Marks the member as an attachment of type <paramref name="type"/>.</summary>
    /// <param name="type">What the attachment is, e.g. <see cref="AttachmentType.ImageOverlay"/>.</param>
    public AttachmentAttribute(AttachmentType type) => Type = type;

    /// <summary>The attachment's type.</summary>
    public AttachmentType Type { get; }

    /// <summary>The attachment's name as Labelbox shows it (e.g. "RGB"); none when null.</summary>
    public string? Name { get; set; }
}
