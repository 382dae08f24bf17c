namespace ManifestGen.Generator;

/// <summary>Fully qualified names of runtime types the generated code uses.</summary>
internal static class TypeNames
{
    public const string RuntimeNamespace = "ManifestGen";
    public const string ImportManifest = "global::ManifestGen.ImportManifest";
    public const string MetadataOption = "global::ManifestGen.MetadataOption";
    public const string LabelboxDataRowAttribute = "ManifestGen.LabelboxDataRowAttribute";
    public const string RowDataAttribute = "RowDataAttribute";
    public const string GlobalKeyAttribute = "GlobalKeyAttribute";
    public const string MetadataAttribute = "MetadataAttribute";
    public const string AttachmentAttribute = "AttachmentAttribute";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>The generated row method, <c>DataRowSpec ToDataRowSpec()</c>.</summary>
    public const string ToDataRowSpec = "ToDataRowSpec";

    /// <summary>The generated JSON method, <c>void WriteImportJson(Utf8JsonWriter)</c>.</summary>
    public const string WriteImportJson = "WriteImportJson";
}
