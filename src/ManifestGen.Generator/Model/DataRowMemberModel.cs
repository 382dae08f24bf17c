namespace ManifestGen.Generator.Model;

/// <summary>
/// One ManifestGen attribute on one member of a [LabelboxDataRow] type, with what the rules need to
/// know about the member's type. A member with two attributes appears twice.
/// </summary>
/// <param name="Name">The member's name (no '@').</param>
/// <param name="Role">The attribute.</param>
/// <param name="Argument">[Metadata]: the field name (null when not a constant); [Attachment]: the attachment name or null.</param>
/// <param name="AttachmentType">[Attachment]: the <c>AttachmentType</c> value; -1 otherwise.</param>
/// <param name="NotReadable">Why generated code cannot read the member ("is static", …), or null.</param>
/// <param name="Shape">The member type's shape.</param>
/// <param name="IsNullableValue">The type is <c>Nullable&lt;T&gt;</c> (the shape is T's).</param>
/// <param name="TypeDisplay">The type as the user wrote it, for messages.</param>
/// <param name="TypeName">The fully qualified type (<c>global::…</c>, without '?'), for generated code.</param>
/// <param name="EnumMembers">For an enum: its members, in declaration order.</param>
/// <param name="EnumDuplicate">For an enum: two members with the same value ("A and B"), or null.</param>
internal sealed record DataRowMemberModel(
    string Name,
    MemberRole Role,
    string? Argument,
    int AttachmentType,
    string? NotReadable,
    ValueShape Shape,
    bool IsNullableValue,
    string TypeDisplay,
    string TypeName,
    EquatableArray<string> EnumMembers,
    string? EnumDuplicate);
