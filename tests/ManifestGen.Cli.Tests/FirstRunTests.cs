using ManifestGen.Cli.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>
/// The first run a new user makes: lbx init, lbx validate, lbx submit --sandbox. The in-process sandbox
/// takes the custom fields of the project's labelbox.metadata.json, so the starter row (which sets the
/// declared field "camera") imports.
/// </summary>
public class FirstRunTests
{
    [Fact]
    public void Init_Validate_SubmitToTheSandbox_ImportsTheStarterRow()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Lbx.Run(folder.Path, "init").ExitCode);
        var validate = Lbx.Run(folder.Path, "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());

        var submit = Lbx.Run(folder.Path, "submit", "images.lbx.json", "--dataset", "try", "--sandbox");

        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Equal("1", submit.Summary("Rows"));
        Assert.Equal("1", submit.Summary("Imported"));
        Assert.Equal("0", submit.Summary("Invalid (not sent)"));
    }
}
