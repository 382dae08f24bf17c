using System;
using System.Collections.Generic;
using ManifestGen.Rules.Config;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Rules.Tests.Config;

public class SeverityPolicyTests
{
    // LBX0104 is a warning, LBX0102 an error; both are ManifestGen.RowData.
    private static readonly Rule Warning = RuleCatalog.UnsupportedExtension;
    private static readonly Rule Error = RuleCatalog.NotHttps;

    private static SeverityOptions Options(params string[] lines) =>
        SeverityOptions.From(ConfigFile.Parse("/p/.editorconfig", "[*]\n" + string.Join("\n", lines)).Sections[0].Properties);

    private static SeverityPolicy Policy(string? commandLine = null, ConfiguredSeverity general = ConfiguredSeverity.Default, params string[] global)
    {
        var specific = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        if (commandLine != null)
        {
            string[] parts = commandLine.Split('=');
            Assert.True(SeverityWords.TryParse(parts[1], out ConfiguredSeverity severity));
            specific[parts[0]] = severity;
        }

        return new SeverityPolicy(specific, general, Options(global));
    }

    [Fact]
    public void WithoutSettingsTheRuleKeepsItsSeverity()
    {
        Assert.Equal(ConfiguredSeverity.Warning, SeverityPolicy.None.Resolve(Warning, SeverityOptions.Empty));
        Assert.Equal(ConfiguredSeverity.Error, SeverityPolicy.None.Resolve(Error, SeverityOptions.Empty));
    }

    [Fact]
    public void TheIdKeyBeatsTheCategoryKeyWhichBeatsTheAllKey()
    {
        SeverityOptions options = Options(
            "dotnet_diagnostic.LBX0104.severity = suggestion",
            "dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity = none",
            "dotnet_analyzer_diagnostic.severity = error");

        Assert.Equal(ConfiguredSeverity.Info, SeverityPolicy.None.Resolve(Warning, options));
        Assert.Equal(ConfiguredSeverity.None, SeverityPolicy.None.Resolve(Error, options));
        Assert.Equal(ConfiguredSeverity.Error, SeverityPolicy.None.Resolve(RuleCatalog.NoRows, options));
    }

    [Fact]
    public void EditorConfigBeatsGlobalConfigForAnId()
    {
        SeverityPolicy policy = Policy(global: "dotnet_diagnostic.LBX0104.severity = error");
        Assert.Equal(ConfiguredSeverity.Info, policy.Resolve(Warning, Options("dotnet_diagnostic.LBX0104.severity = suggestion")));
        Assert.Equal(ConfiguredSeverity.Error, policy.Resolve(Warning, SeverityOptions.Empty));
    }

    [Fact]
    public void AGlobalIdKeyBeatsAnEditorConfigCategoryKey() =>
        Assert.Equal(ConfiguredSeverity.Error, Policy(global: "dotnet_diagnostic.LBX0104.severity = error")
            .Resolve(Warning, Options("dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity = none")));

    [Fact]
    public void TheCommandLineBeatsEveryConfig()
    {
        SeverityOptions none = Options("dotnet_diagnostic.LBX0104.severity = none");
        Assert.Equal(ConfiguredSeverity.Error, Policy("LBX0104=error").Resolve(Warning, none));
        Assert.Equal(ConfiguredSeverity.None, Policy("LBX0104=none").Resolve(Warning, Options("dotnet_diagnostic.LBX0104.severity = error")));

        // /warnaserror-:LBX0104 (Default) keeps the rule's own severity, whatever the config asks.
        Assert.Equal(ConfiguredSeverity.Warning, Policy("LBX0104=default").Resolve(Warning, Options("dotnet_diagnostic.LBX0104.severity = error")));
    }

    [Fact]
    public void TreatWarningsAsErrorsRaisesWarningsTheCommandLineDoesNotName()
    {
        Assert.Equal(ConfiguredSeverity.Error, Policy(general: ConfiguredSeverity.Error).Resolve(Warning, SeverityOptions.Empty));
        Assert.Equal(ConfiguredSeverity.Error, Policy(general: ConfiguredSeverity.Error).Resolve(Error, Options("dotnet_diagnostic.LBX0102.severity = warning")));
        Assert.Equal(ConfiguredSeverity.Error, Policy(general: ConfiguredSeverity.Error)
            .Resolve(Error, Options("dotnet_analyzer_diagnostic.category-ManifestGen.RowData.severity = warning")));
        Assert.Equal(ConfiguredSeverity.Info, Policy(general: ConfiguredSeverity.Error).Resolve(Warning, Options("dotnet_diagnostic.LBX0104.severity = suggestion")));
        Assert.Equal(ConfiguredSeverity.Warning, Policy("LBX0104=default", ConfiguredSeverity.Error).Resolve(Warning, SeverityOptions.Empty));
    }

    [Fact]
    public void WarningsOffLeavesErrors()
    {
        Assert.Equal(ConfiguredSeverity.None, Policy(general: ConfiguredSeverity.None).Resolve(Warning, SeverityOptions.Empty));
        Assert.Equal(ConfiguredSeverity.Error, Policy(general: ConfiguredSeverity.None).Resolve(Error, SeverityOptions.Empty));
    }
}
