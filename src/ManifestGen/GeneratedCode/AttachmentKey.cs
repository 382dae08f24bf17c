using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using ManifestGen.Rows;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// An attachment as a generated <see cref="LabelboxDataRowAttribute"/> type writes it: its type and
/// name, pre-encoded for the JSON writer. Not meant to be created by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AttachmentKey
{
    private AttachmentKey(AttachmentType type, string? name, string member)
    {
        Type = type;
        Name = name;
        Member = member;
        EncodedType = JsonEncodedText.Encode(AttachmentTypeNames.ToWire(type));
        EncodedName = name == null ? default : JsonEncodedText.Encode(name);
        Head = Encoding.UTF8.GetBytes("{\"type\":\"" + EncodedType.Value + "\",\"value\":");
        Tail = name == null ? "}"u8.ToArray() : Encoding.UTF8.GetBytes(",\"name\":\"" + EncodedName.Value + "\"}");
    }

    /// <summary>The attachment's type.</summary>
    public AttachmentType Type { get; }

    /// <summary>The attachment's name, or null.</summary>
    public string? Name { get; }

    /// <summary>The member that holds the value, e.g. <c>Photo.Overlay</c>, for messages.</summary>
    public string Member { get; }

    internal JsonEncodedText EncodedType { get; }

    internal JsonEncodedText EncodedName { get; }

    /// <summary>The attachment object up to its value, as the compact bulk writer writes it.</summary>
    internal byte[] Head { get; }

    /// <summary>The attachment object after its value: the name, if any, and the closing brace.</summary>
    internal byte[] Tail { get; }

    /// <summary>Creates the key.</summary>
    /// <param name="type">The attachment's type.</param>
    /// <param name="name">The attachment's name, or null.</param>
    /// <param name="member">The member that holds the value, for messages.</param>
    /// <returns>The key.</returns>
    public static AttachmentKey Create(AttachmentType type, string? name, string member) =>
        Enum.IsDefined(type)
            ? new(type, name, member ?? throw new ArgumentNullException(nameof(member)))
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not an attachment type.");
}
