using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Generator.DataRows;

/// <summary>Where on a [LabelboxDataRow] type a problem is reported.</summary>
internal enum ProblemTarget
{
    /// <summary>The type's name.</summary>
    Type,

    /// <summary>The name of the containing type at <see cref="DataRowFinding.Container"/>.</summary>
    Container,

    /// <summary>The member's name.</summary>
    Member,

    /// <summary>The first argument of the member's attribute of <see cref="DataRowFinding.Role"/>.</summary>
    AttributeArgument,

    /// <summary>The user's member named <see cref="DataRowFinding.Member"/> that takes a generated member's name.</summary>
    TakenName,
}

/// <summary>A rule a [LabelboxDataRow] type breaks, located by names rather than Roslyn locations so it can be computed from the model.</summary>
internal sealed record DataRowFinding(Rule Rule, ProblemTarget Target, string[] Args, string? Member = null, Model.MemberRole Role = default, int Container = -1);
