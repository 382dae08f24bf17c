namespace ManifestGen;

/// <summary>Why a row was not imported.</summary>
public enum ImportFailureKind
{
    /// <summary>The row breaks a Labelbox rule, or its local file failed the preflight: it was never sent.</summary>
    Invalid,

    /// <summary>Labelbox refused the row; the message is the service's.</summary>
    Rejected,

    /// <summary>The whole task failed; the entry stands for the task's rows the service did not list.</summary>
    TaskFailed,

    /// <summary>A sync found the row's global key held by a row of another dataset (the message names it): it was never sent.</summary>
    Conflict,
}
