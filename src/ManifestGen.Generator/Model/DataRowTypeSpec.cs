namespace ManifestGen.Generator.Model;

/// <summary>A [LabelboxDataRow] type that passed every check, resolved against the metadata schema: what the emitter writes.</summary>
/// <param name="Type">The type as parsed.</param>
/// <param name="RowData">The [RowData] member.</param>
/// <param name="GlobalKey">The [GlobalKey] member, or null.</param>
/// <param name="Metadata">The [Metadata] members, resolved.</param>
/// <param name="Attachments">The [Attachment] members.</param>
internal sealed record DataRowTypeSpec(
    DataRowTypeModel Type,
    DataRowMemberModel RowData,
    DataRowMemberModel? GlobalKey,
    EquatableArray<MetadataMemberSpec> Metadata,
    EquatableArray<DataRowMemberModel> Attachments);

/// <summary>A [Metadata] member with its field.</summary>
/// <param name="Member">The member.</param>
/// <param name="FieldName">The field's name.</param>
/// <param name="SchemaId">The id the row sets the field by, or null to set it by name.</param>
/// <param name="Dimensions">An embedding's dimension; 0 otherwise.</param>
/// <param name="EnumCases">For a C# enum member: each enum member and the option value it sends.</param>
internal sealed record MetadataMemberSpec(
    DataRowMemberModel Member,
    string FieldName,
    string? SchemaId,
    int Dimensions,
    EquatableArray<EnumCaseSpec> EnumCases);

/// <summary>An enum member and the option (schema id or name) it sends.</summary>
internal sealed record EnumCaseSpec(string EnumMember, string OptionValue);
