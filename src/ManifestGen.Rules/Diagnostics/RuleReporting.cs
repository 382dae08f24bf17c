namespace ManifestGen.Rules.Diagnostics;

/// <summary>When an analyzer can report a rule: as a file is analyzed, or only once every file is.</summary>
internal enum RuleReporting
{
    /// <summary>Per file or per operation, so it shows while typing.</summary>
    PerFile,

    /// <summary>Per file, and again at compilation end for what needs every file (a key repeated across files).</summary>
    PerFileAndAtCompilationEnd,

    /// <summary>Only at compilation end: it needs every file of the compilation.</summary>
    AtCompilationEnd,
}
