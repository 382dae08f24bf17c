namespace ManifestGen.Rules.Config;

/// <summary>
/// A severity as configuration states it: the words of `dotnet_diagnostic.ID.severity`, with the
/// compiler's meanings (its ReportDiagnostic), so the build and `lbx validate` resolve alike.
/// </summary>
internal enum ConfiguredSeverity
{
    /// <summary>`default`: the rule's own severity (or, on the command line, /warnaserror-:ID).</summary>
    Default,

    Error,

    Warning,

    /// <summary>`suggestion`.</summary>
    Info,

    /// <summary>`silent` or `refactoring`: reported, but shown nowhere in a build.</summary>
    Hidden,

    /// <summary>`none`: not reported.</summary>
    None,
}
