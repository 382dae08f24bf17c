using System;

namespace ManifestGen.Cli.Commands.Plan;

/// <summary>How <c>lbx plan</c> prints the plan (--format).</summary>
internal enum PlanFormat
{
    /// <summary>A summary table and, per changed row, what differs.</summary>
    Text,

    /// <summary>One JSON document: the counts and every row that is not unchanged.</summary>
    Json,

    /// <summary>Markdown, for a pull-request comment.</summary>
    Markdown,
}

/// <summary>The --format names of <c>lbx plan</c>.</summary>
internal static class PlanFormats
{
    public const string Names = "text, json or markdown";

    public static bool TryParse(string name, out PlanFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(name, out _);
}
