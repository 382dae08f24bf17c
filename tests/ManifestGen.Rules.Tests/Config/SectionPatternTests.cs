using ManifestGen.Rules.Config;

namespace ManifestGen.Rules.Tests.Config;

public class SectionPatternTests
{
    [Theory]
    [InlineData("*.lbx.json", "/a.lbx.json", true)]
    [InlineData("*.lbx.json", "/data/deep/a.lbx.json", true)]
    [InlineData("*.lbx.json", "/a.json", false)]
    [InlineData("*", "/data/a.lbx.json", true)]
    [InlineData("data/**.lbx.json", "/data/a.lbx.json", true)]
    [InlineData("data/**.lbx.json", "/data/x/y/a.lbx.json", true)]
    [InlineData("data/**.lbx.json", "/other/data/a.lbx.json", false)]
    [InlineData("data/*.lbx.json", "/data/x/a.lbx.json", false)]
    [InlineData("/data/*.lbx.json", "/data/a.lbx.json", true)]
    [InlineData("{cats,dogs}.lbx.json", "/x/dogs.lbx.json", true)]
    [InlineData("{cats,dogs}.lbx.json", "/x/birds.lbx.json", false)]
    [InlineData("part{1..3}.lbx.json", "/part2.lbx.json", true)]
    [InlineData("part{3..1}.lbx.json", "/part1.lbx.json", true)]
    [InlineData("part{1..3}.lbx.json", "/part4.lbx.json", false)]
    [InlineData("part{-2..0}.lbx.json", "/part-1.lbx.json", true)]
    [InlineData("[ab].lbx.json", "/b.lbx.json", true)]
    [InlineData("[!ab].lbx.json", "/b.lbx.json", false)]
    [InlineData("[a-c].lbx.json", "/c.lbx.json", true)]
    [InlineData("?.lbx.json", "/c.lbx.json", true)]
    [InlineData("\\{x\\}.json", "/{x}.json", true)]
    [InlineData("*.LBX.JSON", "/a.lbx.json", false)]
    [InlineData("{a,{b,c}x}.json", "/cx.json", true)]
    public void MatchesAsTheCompilerDoes(string section, string relativePath, bool expected) =>
        Assert.Equal(expected, SectionPattern.TryCreate(section)!.IsMatch(relativePath));

    [Theory]
    [InlineData("")]
    [InlineData("a,b")]
    [InlineData("{a,b")]
    [InlineData("a}")]
    [InlineData("[ab")]
    [InlineData("[]")]
    [InlineData("a\\")]
    public void InvalidNamesMatchNothing(string section) => Assert.Null(SectionPattern.TryCreate(section));

    [Fact]
    public void RegexCharactersAreLiteral() =>
        Assert.False(SectionPattern.TryCreate("a.json")!.IsMatch("/abjson"));
}
