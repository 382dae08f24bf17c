namespace ManifestGen.Generator;

/// <summary>Fully qualified names of runtime types the generated code uses.</summary>
internal static class TypeNames
{
    public const string ImportManifest = "global::ManifestGen.ImportManifest";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
}
