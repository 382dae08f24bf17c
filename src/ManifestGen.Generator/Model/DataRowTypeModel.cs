namespace ManifestGen.Generator.Model;

/// <summary>
/// A [LabelboxDataRow] type as the parser reads it from symbols: only strings, enums and arrays, so
/// the pipeline can cache it and the emitter never sees a symbol.
/// </summary>
/// <param name="Namespace">The containing namespace as C#, "" for the global namespace.</param>
/// <param name="Containers">The types it is nested in, outermost first.</param>
/// <param name="Type">The type itself.</param>
/// <param name="Members">Its attributed members, in declaration order.</param>
/// <param name="TakenNames">The generated members' names (<see cref="TypeNames.ToDataRowSpec"/>, <see cref="TypeNames.WriteImportJson"/>)
/// that the user's own members already take, each once, in declaration order.</param>
internal sealed record DataRowTypeModel(
    string Namespace,
    EquatableArray<TypeDeclarationModel> Containers,
    TypeDeclarationModel Type,
    EquatableArray<DataRowMemberModel> Members,
    EquatableArray<string> TakenNames);
