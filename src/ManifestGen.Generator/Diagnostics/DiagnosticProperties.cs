namespace ManifestGen.Generator.Diagnostics;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by the analyzers and the
/// code fixes (ManifestGen.CodeFixes compiles this file in, so both read the same constant).
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>
    /// The value that should replace the diagnostic's span, when the fix is mechanical. The span is a
    /// whole token (a C# string literal, or a JSON string token of a manifest, quotes included); the
    /// fix writes the value back as a token of that language.
    /// </summary>
    public const string Fix = "Fix";
}
