namespace ManifestGen.Generator.Diagnostics;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by the analyzers and the
/// code fixes (ManifestGen.CodeFixes compiles this file in, so both read the same constant).
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>The text that should replace the diagnostic's span, when the fix is mechanical.</summary>
    public const string Fix = "Fix";
}
