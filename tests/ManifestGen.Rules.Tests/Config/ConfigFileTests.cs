using System.Linq;
using ManifestGen.Rules.Config;

namespace ManifestGen.Rules.Tests.Config;

public class ConfigFileTests
{
    [Fact]
    public void ReadsPreambleSectionsAndLowerCasesKeys()
    {
        ConfigFile file = ConfigFile.Parse("/repo/.editorconfig", """
            # top
            root = true
            [*.lbx.json]   ; comment after a header
            Dotnet_Diagnostic.LBX0104.Severity = error
            ; comment
            indent_size: 2
            [data/**]
            dotnet_diagnostic.LBX0103.severity=none
            """);

        Assert.True(file.IsRoot);
        Assert.False(file.IsGlobal);
        Assert.Equal("/repo", file.Directory);
        Assert.Equal(["*.lbx.json", "data/**"], file.Sections.Select(s => s.Name));
        Assert.Equal(["dotnet_diagnostic.lbx0104.severity", "indent_size"], file.Sections[0].Properties.Select(p => p.Key));
        Assert.Equal("2", file.Sections[0].Properties[1].Value);
        Assert.Equal("none", file.Sections[1].Properties[0].Value);
    }

    [Fact]
    public void AGlobalConfigIsNamedSoOrSaysSo()
    {
        Assert.True(ConfigFile.Parse("/repo/.globalconfig", "dotnet_diagnostic.LBX0104.severity = error").IsGlobal);
        Assert.Equal(100, ConfigFile.Parse("/repo/.globalconfig", "").GlobalLevel);
        ConfigFile named = ConfigFile.Parse("/repo/rules.editorconfig", "is_global = true\nglobal_level = 7");
        Assert.True(named.IsGlobal);
        Assert.Equal(7, named.GlobalLevel);
        Assert.Equal(0, ConfigFile.Parse("/repo/x.editorconfig", "is_global = true").GlobalLevel);
    }

    [Fact]
    public void RootOnlyCountsBeforeTheFirstSection() =>
        Assert.False(ConfigFile.Parse("/repo/.editorconfig", "[*]\nroot = true").IsRoot);

    [Fact]
    public void WindowsPathsAreReadWithForwardSlashes() =>
        Assert.Equal("C:/repo/data", ConfigFile.Parse("C:\\repo\\data\\.editorconfig", "").Directory);

    [Fact]
    public void ACommentAfterAValueIsPartOfIt()
    {
        var options = SeverityOptions.From(ConfigFile.Parse("/r/.editorconfig", "[*]\ndotnet_diagnostic.LBX0104.severity = error # why").Sections[0].Properties);
        Assert.Null(options.ForId("LBX0104"));
    }
}
