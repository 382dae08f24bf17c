using System;

namespace ManifestGen.Cli.Reports;

/// <summary>How validate prints what it found (--format).</summary>
internal enum ReportFormat
{
    /// <summary>One line per diagnostic, "path(line,col): error LBX0102: message", as the build prints them.</summary>
    MsBuild,

    /// <summary>One JSON document: the files checked, the diagnostics and the counts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
    Sarif,
}

/// <summary>The --format names.</summary>
internal static class ReportFormats
{
    public const string Names = "msbuild, json or sarif";

    public static bool TryParse(string name, out ReportFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(name, out _);
}
