namespace ManifestGen.Rules.Urls;

/// <summary>Where a row_data value was written, which decides the rules it is held to.</summary>
internal enum RowDataScope
{
    /// <summary>In a manifest, or a row built in code and checked before it is sent: every row_data rule.</summary>
    Manifest,

    /// <summary>
    /// A constant in C# code: LBX0105 (white space) and LBX0107 (a bare host name) have no C# twin,
    /// so the value is judged on its URL and extension alone; a string in code with a space or
    /// without a scheme is as often a local path the program builds on.
    /// </summary>
    CSharpConstant,
}
