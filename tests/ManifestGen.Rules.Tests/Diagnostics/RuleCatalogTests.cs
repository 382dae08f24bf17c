using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Rules.Tests.Diagnostics;

public class RuleCatalogTests
{
    private static readonly Regex Placeholder = new(@"\{(\d+)\}", RegexOptions.CultureInvariant);

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (Rule rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    private static Rule Get(string id) => RuleCatalog.All.Single(r => r.Id == id);

    [Fact]
    public void IdsAreUniqueSortedAndWellFormed()
    {
        string[] ids = RuleCatalog.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches(@"^LBX\d{4}$", id));
    }

    [Fact]
    public void AllListsEveryRuleField()
    {
        Rule[] declared = typeof(RuleCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => (Rule)f.GetValue(null)!)
            .ToArray();
        Assert.Equal(declared.Length, RuleCatalog.All.Count);
        Assert.All(declared, r => Assert.Contains(r, RuleCatalog.All));
    }

    [Fact]
    public void TheDesignsRulesAreAllThere()
    {
        string[] expected =
        {
            "LBX0001", "LBX0002", "LBX0003", "LBX0004", "LBX0005", "LBX0006", "LBX0007", "LBX0008",
            "LBX0101", "LBX0102", "LBX0103", "LBX0104", "LBX0105", "LBX0107",
            "LBX0201", "LBX0202", "LBX0203", "LBX0301",
            "LBX0401", "LBX0402", "LBX0403", "LBX0404", "LBX0405", "LBX0406", "LBX0407", "LBX0408",
            "LBX0501", "LBX0502", "LBX0503", "LBX0504", "LBX0601", "LBX0602", "LBX0603",
            "LBX1001", "LBX1002", "LBX1003", "LBX1004", "LBX1005", "LBX1006", "LBX1007", "LBX1008", "LBX1009", "LBX1010", "LBX1011", "LBX1012",
            "LBX2001", "LBX2002", "LBX2003", "LBX2004", "LBX2005", "LBX2006", "LBX2007",
        };
        Assert.Equal(expected, RuleCatalog.All.Select(r => r.Id));
    }

    [Theory]
    [InlineData("LBX0006", "Warning")]
    [InlineData("LBX0008", "Warning")]
    [InlineData("LBX0103", "Warning")]
    [InlineData("LBX0104", "Warning")]
    [InlineData("LBX0107", "Warning")]
    [InlineData("LBX0203", "Info")]
    [InlineData("LBX0407", "Warning")]
    [InlineData("LBX1009", "Warning")]
    [InlineData("LBX2002", "Warning")]
    [InlineData("LBX2003", "Warning")]
    [InlineData("LBX2006", "Warning")]
    public void DesignedWarningsAndInfos(string id, string severity) => Assert.Equal(severity, Get(id).Severity.ToString());

    [Fact]
    public void EverythingElseIsAnError()
    {
        var notErrors = new HashSet<string>(StringComparer.Ordinal) { "LBX0006", "LBX0008", "LBX0103", "LBX0104", "LBX0107", "LBX0203", "LBX0407", "LBX1009", "LBX2002", "LBX2003", "LBX2006" };
        Assert.All(RuleCatalog.All.Where(r => !notErrors.Contains(r.Id)), r => Assert.Equal(RuleSeverity.Error, r.Severity));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HelpUriPointsAtTheRulesDocsPage(string id)
    {
        Rule rule = Get(id);
        Assert.StartsWith(RuleCatalog.HelpUriBase, rule.HelpUri, StringComparison.Ordinal);
        Assert.EndsWith("/" + id + ".md", rule.HelpUri, StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(rule.HelpUri, UriKind.Absolute));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void MessagePlaceholdersAreZeroToNMinusOneAndFormatWorks(string id)
    {
        Rule rule = Get(id);
        int[] indexes = Placeholder.Matches(rule.MessageFormat).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().OrderBy(i => i).ToArray();
        Assert.Equal(Enumerable.Range(0, indexes.Length), indexes);

        string[] args = indexes.Select(i => "<arg" + i + ">").ToArray();
        string message = rule.Format(args);
        Assert.All(args, a => Assert.Contains(a, message, StringComparison.Ordinal));
        Assert.DoesNotMatch(Placeholder, message);

        // Braces that are not placeholders would break string.Format.
        string withoutPlaceholders = Placeholder.Replace(rule.MessageFormat, "");
        Assert.DoesNotContain('{', withoutPlaceholders);
        Assert.DoesNotContain('}', withoutPlaceholders);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRuleHasATitleAndCategory(string id)
    {
        Rule rule = Get(id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.StartsWith("ManifestGen.", rule.Category, StringComparison.Ordinal);
        Assert.Equal(id, rule.ToString());
    }

    [Fact]
    public void FormatWithoutArgsIsTheMessageItself() =>
        Assert.Equal(RuleCatalog.NoRows.MessageFormat, RuleCatalog.NoRows.Format(Array.Empty<string>()));

    [Fact]
    public void ArgsAreNotReinterpretedAsFormats() =>
        Assert.Equal("Not valid JSON: {0} {1}", RuleCatalog.InvalidJson.Format(new[] { "{0} {1}" }));
}
