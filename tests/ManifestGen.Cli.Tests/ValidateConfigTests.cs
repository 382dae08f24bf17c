using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx validate reads the configuration the build reads: .editorconfig, .globalconfig, --config and the command-line ids.</summary>
public class ValidateConfigTests
{
    private const string HttpsMessage = TestManifests.BadErrorMessage;
    private const string ExtensionMessage = TestManifests.BadWarningMessage;

    [Fact]
    public void EditorConfigFilesAboveEachManifest_SetItsSeverities()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.lbx.json]\ndotnet_diagnostic.LBX0104.severity = error\n");
        folder.Write("data/quiet/.editorconfig", "[*]\ndotnet_diagnostic.LBX0102.severity = none\ndotnet_diagnostic.LBX0104.severity = suggestion\n");
        folder.Write("data/loud.lbx.json", TestManifests.Bad);
        folder.Write("data/quiet/q.lbx.json", TestManifests.Bad.Replace("\"a\"", "\"qa\"").Replace("\"b\"", "\"qb\""));

        var result = Lbx.Run(folder.Path, "validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "data/loud.lbx.json(2,16): error LBX0102: " + HttpsMessage,
                "data/loud.lbx.json(3,16): error LBX0104: " + ExtensionMessage,
                "data/quiet/q.lbx.json(3,16): info LBX0104: " + ExtensionMessage,
                "2 errors, 0 warnings in 2 files",
            },
            result.Lines);
    }

    [Fact]
    public void TheProjectsGlobalConfigAndConfigFiles_ApplyBelowEditorConfig()
    {
        using var folder = new TempFolder();
        folder.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LBX0102.severity = warning\ndotnet_diagnostic.LBX0104.severity = none\n");
        folder.Write("data/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.LBX0104.severity = error\n");
        folder.Write("data/a.lbx.json", TestManifests.Bad);

        var result = Lbx.Run(folder.Path, "validate");
        Assert.Equal(
            new[] { "data/a.lbx.json(2,16): warning LBX0102: " + HttpsMessage, "data/a.lbx.json(3,16): error LBX0104: " + ExtensionMessage },
            result.Diagnostics);

        // A --config file is one more global config; of two at the same level that disagree, neither counts.
        folder.Write("ci.globalconfig", "is_global = true\nglobal_level = 100\ndotnet_diagnostic.LBX0102.severity = none\n");
        var both = Lbx.Run(folder.Path, "validate", "--config", "ci.globalconfig");
        Assert.Equal("data/a.lbx.json(2,16): error LBX0102: " + HttpsMessage, both.Diagnostics[0]);
    }

    [Fact]
    public void CommandLineIds_BeatTheConfig_AsInAProject()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.LBX0102.severity = error\ndotnet_diagnostic.LBX0104.severity = error\n");
        folder.Write("a.lbx.json", TestManifests.Bad);

        var result = Lbx.Run(folder.Path, "validate", "--nowarn", "LBX0102", "--warnings-not-as-errors", "LBX0104;LBX0107");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "a.lbx.json(3,16): warning LBX0104: " + ExtensionMessage }, result.Diagnostics);

        var strict = Lbx.Run(folder.Path, "validate", "--warnaserror", "--warnings-not-as-errors", "LBX0104", "--warnings-as-errors", "LBX0107");
        Assert.Equal("a.lbx.json(3,16): warning LBX0104: " + ExtensionMessage, strict.Diagnostics[1]);
    }

    [Fact]
    public void AMissingConfigFile_IsAUsageError()
    {
        using var folder = new TempFolder();
        folder.Write("a.lbx.json", TestManifests.Bad);
        var result = Lbx.Run(folder.Path, "validate", "--config", "nope.globalconfig");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("nope.globalconfig does not exist", result.Said, System.StringComparison.Ordinal);
    }
}
