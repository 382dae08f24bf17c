namespace ManifestGen.Rules.Diagnostics;

/// <summary>Default severity of a rule; maps one to one onto Roslyn's and MSBuild's severities.</summary>
internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
