using System;
using System.Linq;
using System.Text.RegularExpressions;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.CodeFixes.Tests;

/// <summary>
/// A rule's fix policy lives on the rule (<see cref="Rule.Fix"/>): the providers offer a fix for exactly
/// the rules that have one, and each such rule has a test here that applies its fix and checks the
/// exact result (a test named by the id, as in <see cref="ManifestCodeFixTests"/>).
/// </summary>
public class FixPolicyTests
{
    private static readonly Regex TestOfRule = new("^(LBX[0-9]{4})_", RegexOptions.CultureInvariant);

    [Fact]
    public void TheProviders_OfferAFix_ForExactlyTheRulesWithOne()
    {
        string[] offered = new ManifestCodeFixProvider().FixableDiagnosticIds
            .Concat(new UrlLiteralCodeFixProvider().FixableDiagnosticIds)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(RulesWithAFix(), offered);
    }

    [Fact]
    public void EveryRuleWithAFix_HasAnExactFixTest()
    {
        string[] tested = new[] { typeof(ManifestCodeFixTests), typeof(UrlLiteralCodeFixTests) }
            .SelectMany(type => type.GetMethods())
            .Where(method => method.IsDefined(typeof(FactAttribute), inherit: false))
            .Select(method => TestOfRule.Match(method.Name))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(RulesWithAFix(), tested);
    }

    private static string[] RulesWithAFix() => RuleCatalog.All
        .Where(rule => rule.Fix != RuleFix.None)
        .Select(rule => rule.Id)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();
}
