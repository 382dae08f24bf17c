using ManifestGen.Rules.Config;

namespace ManifestGen.Rules.Tests.Config;

public class ConfigSetTests
{
    private static ConfigSet Set(params (string Path, string Text)[] files) =>
        new(System.Array.ConvertAll(files, f => ConfigFile.Parse(f.Path, f.Text)));

    [Fact]
    public void SectionsMatchByExtensionFolderOrEverything()
    {
        ConfigSet set = Set(("/p/.editorconfig", """
            [*]
            dotnet_diagnostic.LBX0107.severity = suggestion
            [*.lbx.json]
            dotnet_diagnostic.LBX0104.severity = error
            [data/**.lbx.json]
            dotnet_diagnostic.LBX0103.severity = error
            """));

        SeverityOptions top = set.EditorConfigFor("/p/a.lbx.json");
        Assert.Equal(ConfiguredSeverity.Info, top.ForId("LBX0107"));
        Assert.Equal(ConfiguredSeverity.Error, top.ForId("LBX0104"));
        Assert.Null(top.ForId("LBX0103"));

        SeverityOptions data = set.EditorConfigFor("/p/data/x/b.lbx.json");
        Assert.Equal(ConfiguredSeverity.Error, data.ForId("lbx0103"));
        Assert.Equal(ConfiguredSeverity.Info, data.ForId("LBX0107"));

        Assert.Equal(SeverityOptions.Empty, Set(("/q/.editorconfig", "[*]\ndotnet_diagnostic.LBX0104.severity = error")).EditorConfigFor("/p/a.lbx.json"));
    }

    [Fact]
    public void TheClosestFileWinsAndALaterSectionOverridesAnEarlierOne()
    {
        ConfigSet set = Set(
            ("/p/data/.editorconfig", "[*.lbx.json]\ndotnet_diagnostic.LBX0104.severity = none"),
            ("/p/.editorconfig", "[*.lbx.json]\ndotnet_diagnostic.LBX0104.severity = error\n[a.lbx.json]\ndotnet_diagnostic.LBX0104.severity = suggestion"));

        Assert.Equal(ConfiguredSeverity.None, set.EditorConfigFor("/p/data/a.lbx.json").ForId("LBX0104"));
        Assert.Equal(ConfiguredSeverity.Info, set.EditorConfigFor("/p/a.lbx.json").ForId("LBX0104"));
        Assert.Equal(ConfiguredSeverity.Error, set.EditorConfigFor("/p/b.lbx.json").ForId("LBX0104"));
    }

    [Fact]
    public void RootTrueStopsTheFoldersAbove()
    {
        ConfigSet set = Set(
            ("/p/.editorconfig", "[*]\ndotnet_diagnostic.LBX0104.severity = error\ndotnet_diagnostic.LBX0103.severity = error"),
            ("/p/vendor/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.LBX0103.severity = silent"));

        SeverityOptions vendor = set.EditorConfigFor("/p/vendor/a.lbx.json");
        Assert.Null(vendor.ForId("LBX0104"));
        Assert.Equal(ConfiguredSeverity.Hidden, vendor.ForId("LBX0103"));
    }

    [Fact]
    public void CategoryKeysFallBackToTheAllKey()
    {
        SeverityOptions options = Set(("/p/.editorconfig", """
            [*]
            dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity = error
            dotnet_analyzer_diagnostic.severity = suggestion
            """)).EditorConfigFor("/p/a.lbx.json");

        Assert.Equal(ConfiguredSeverity.Error, options.ForCategory("ManifestGen.RowData"));
        Assert.Equal(ConfiguredSeverity.Info, options.ForCategory("ManifestGen.Metadata"));
    }

    [Fact]
    public void EqualOptionsAreEqualWhateverTheirSource()
    {
        ConfigSet set = Set(
            ("/p/.editorconfig", "[*.lbx.json]\ndotnet_diagnostic.LBX0104.severity = error\nindent_size = 2"),
            ("/p/data/.editorconfig", "[*]\ndotnet_diagnostic.LBX0104.severity = error"));

        Assert.Equal(set.EditorConfigFor("/p/a.lbx.json"), set.EditorConfigFor("/p/data/b.lbx.json"));
        Assert.Equal(set.EditorConfigFor("/p/a.lbx.json").GetHashCode(), set.EditorConfigFor("/p/data/b.lbx.json").GetHashCode());
    }

    [Fact]
    public void GlobalConfigsMergeByLevelAndApplyEverywhere()
    {
        ConfigSet set = Set(
            ("/p/.globalconfig", "dotnet_diagnostic.LBX0104.severity = error\ndotnet_diagnostic.LBX0103.severity = error"),
            ("/p/low.globalconfig", "is_global = true\nglobal_level = 1\ndotnet_diagnostic.LBX0104.severity = none\ndotnet_diagnostic.LBX0107.severity = none"),
            ("/p/other/.globalconfig", "dotnet_diagnostic.LBX0103.severity = warning"));

        Assert.Equal(ConfiguredSeverity.Error, set.Global.ForId("LBX0104"));
        Assert.Equal(ConfiguredSeverity.None, set.Global.ForId("LBX0107"));
        Assert.Null(set.Global.ForId("LBX0103"));
        Assert.Equal(SeverityOptions.Empty, set.EditorConfigFor("/p/a.lbx.json"));
    }
}
