using System.Globalization;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// The C# rule that says of a constant in code what a manifest rule says of a manifest value
/// (LBX0103 → LBX2002, LBX0404 → LBX2007…), with how the manifest finding's message arguments
/// become the twin's: each of <see cref="ArgumentFormats"/> is formatted with them.
/// </summary>
internal sealed class RuleTwin
{
    public RuleTwin(Rule rule, params string[] argumentFormats)
    {
        Rule = rule;
        ArgumentFormats = argumentFormats;
    }

    public Rule Rule { get; }

    /// <summary>One composite format per argument of <see cref="Rule"/>, over the manifest rule's arguments.</summary>
    public string[] ArgumentFormats { get; }

    /// <summary>The twin's message arguments for a finding of the manifest rule with <paramref name="args"/>.</summary>
    public string[] Arguments(string[] args)
    {
        var twinArgs = new string[ArgumentFormats.Length];
        for (int i = 0; i < twinArgs.Length; i++)
        {
            twinArgs[i] = string.Format(CultureInfo.InvariantCulture, ArgumentFormats[i], args);
        }

        return twinArgs;
    }
}
