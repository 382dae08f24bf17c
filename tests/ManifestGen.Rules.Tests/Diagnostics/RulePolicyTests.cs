using System;
using System.Linq;
using System.Text.RegularExpressions;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Rules.Tests.Diagnostics;

/// <summary>The policies each rule carries in the catalog, from which every list of rules is derived.</summary>
public class RulePolicyTests
{
    [Fact]
    public void TheRulesThatStopAManifestLoading_AreTheRowShapeRules() => Assert.Equal(
        new[] { "LBX0001", "LBX0002", "LBX0004", "LBX0007", "LBX0101", "LBX0301", "LBX0404", "LBX0501", "LBX0502" },
        Ids(rule => rule.StopsLoading));

    [Fact]
    public void OnlyDuplicateKeysNeedTheCompilationEnd()
    {
        Assert.Equal(new[] { "LBX0201" }, Ids(rule => rule.Reporting == RuleReporting.PerFileAndAtCompilationEnd));
        Assert.Equal(new[] { "LBX2005" }, Ids(rule => rule.Reporting == RuleReporting.AtCompilationEnd));
    }

    [Fact]
    public void Twins_AreCSharpRules_GivenEveryArgumentTheirMessageUses()
    {
        Assert.Equal(
            new[] { "LBX0102", "LBX0103", "LBX0104", "LBX0404", "LBX0405", "LBX0406", "LBX0503" },
            Ids(rule => rule.Twin != null));
        foreach (Rule rule in RuleCatalog.All.Where(rule => rule.Twin != null))
        {
            Rule twin = rule.Twin!.Rule;
            Assert.True(RuleCatalog.IsInCode(twin), rule.Id + "'s twin " + twin.Id + " is not a rule of C# code");
            Assert.Equal(rule.Severity, twin.Severity);
            Assert.Equal(Placeholders(twin.MessageFormat), rule.Twin.ArgumentFormats.Length);
            Assert.All(rule.Twin.ArgumentFormats, format => Assert.True(Placeholders(format) <= Placeholders(rule.MessageFormat), rule.Id + ": " + format));
        }
    }

    [Fact]
    public void TwinsThatSayTheSame_ShareTheirText()
    {
        Assert.Equal(RuleCatalog.S3PathStyle.MessageFormat, RuleCatalog.ConstantS3PathStyle.MessageFormat);
        Assert.Equal(RuleCatalog.UnsupportedExtension.MessageFormat, RuleCatalog.ConstantExtension.MessageFormat);
        Assert.Equal(new[] { "a", "b" }, RuleCatalog.S3PathStyle.Twin!.Arguments(new[] { "a", "b" }));
    }

    [Fact]
    public void ATwinsMessage_IsTheManifestRulesFinding_SaidOfAConstant() => Assert.Equal(
        "The value for metadata field 'note' is 5000 characters long; Labelbox allows at most 4096, so shorten it",
        RuleCatalog.ConstantMetadataValue.Format(RuleCatalog.MetadataStringTooLong.Twin!.Arguments(new[] { "note", "5000", "4096" })));

    private static string[] Ids(Func<Rule, bool> policy) =>
        RuleCatalog.All.Where(policy).Select(rule => rule.Id).ToArray();

    /// <summary>How many distinct arguments ({0}, {1}…) a composite format uses.</summary>
    private static int Placeholders(string format) =>
        Regex.Matches(format, @"\{(\d+)\}").Select(match => match.Groups[1].Value).Distinct().Count();
}
