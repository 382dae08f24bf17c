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
}
