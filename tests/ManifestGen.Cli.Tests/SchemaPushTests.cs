using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;
using Spectre.Console.Testing;

namespace ManifestGen.Cli.Tests;

/// <summary>
/// lbx schema push against a sandbox over HTTP: the plan shown, the missing fields and options created only with a
/// confirmation or --yes, the file written again with the ids Labelbox gave, a conflict refused before anything is created.
/// </summary>
public class SchemaPushTests
{
    private const string Declared = """
        {
          "$schema": "../docs/labelbox-metadata.schema.json",
          "fields": [
            {"name": "weather", "kind": "enum", "options": [{"name": "sunny"}, {"name": "snow"}], "description": "the sky"},
            {"name": "camera", "kind": "string"},
            {"name": "lens", "kind": "number", "description": "focal length, mm"}
          ]
        }
        """;

    private static SandboxOptions Organization()
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny", "rain"));
        options.CustomMetadataFields.Add(new SandboxMetadataField("camera", SandboxMetadataKind.String));
        return options;
    }

    [Fact]
    public async Task WithYes_CreatesTheMissingFieldsAndOptions_WritesTheIds_AndASecondPushCreatesNothing()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(Organization());
        using var folder = new TempFolder();
        string file = folder.Write("labelbox.metadata.json", Declared);

        var push = Lbx.Run(sandbox.For(folder.Path), "schema", "push", "--yes");

        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.Contains("+ options weather: snow", push.Said, StringComparison.Ordinal);
        Assert.Contains("+ missing lens (number)", push.Said, StringComparison.Ordinal);
        Assert.Contains("1 field missing, 1 field missing options, 1 unchanged, 0 conflicts", push.Said, StringComparison.Ordinal);
        Assert.Contains("created 1 field and 1 option in the organization.", push.Said, StringComparison.Ordinal);
        Assert.Contains("wrote labelbox.metadata.json: 3 fields with their schema ids", push.Said, StringComparison.Ordinal);
        Assert.Equal(["weather", "camera", "lens"], sandbox.State.CustomMetadataFieldNames);

        // The ids as the organization now lists them, in the file's order, its $schema and descriptions kept.
        MetadataOntology organization = await SandboxSetup.ReadOrganizationAsync(sandbox);
        OntologyField weather = organization.FindByName("weather")!;
        string expected = $$"""
            {
              "$schema": "../docs/labelbox-metadata.schema.json",
              "fields": [
                {
                  "name": "weather",
                  "kind": "enum",
                  "schema_id": "{{weather.SchemaId}}",
                  "options": [
                    {
                      "name": "sunny",
                      "schema_id": "{{weather.Options.Single(o => o.Name == "sunny").SchemaId}}"
                    },
                    {
                      "name": "snow",
                      "schema_id": "{{weather.Options.Single(o => o.Name == "snow").SchemaId}}"
                    }
                  ],
                  "description": "the sky"
                },
                {
                  "name": "camera",
                  "kind": "string",
                  "schema_id": "{{organization.FindByName("camera")!.SchemaId}}"
                },
                {
                  "name": "lens",
                  "kind": "number",
                  "schema_id": "{{organization.FindByName("lens")!.SchemaId}}",
                  "description": "focal length, mm"
                }
              ]
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), File.ReadAllText(file).ReplaceLineEndings("\n"));
        var validate = Lbx.Run(folder.Path, "validate", "labelbox.metadata.json");
        Assert.True(validate.ExitCode == 0, validate.ToString());

        long upserts = sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi");
        var again = Lbx.Run(sandbox.For(folder.Path), "schema", "push");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 fields missing, 0 fields missing options, 3 unchanged, 0 conflicts", again.Said, StringComparison.Ordinal);
        Assert.Contains("The organization has every declared field and option.", again.Said, StringComparison.Ordinal);
        Assert.Contains("labelbox.metadata.json has every schema id already.", again.Said, StringComparison.Ordinal);
        Assert.Equal(upserts, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
        Assert.Equal(expected.ReplaceLineEndings("\n"), File.ReadAllText(file).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task WithoutATerminalOrYes_ExitsOne_AndCreatesNothing()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(Organization());
        using var folder = new TempFolder();
        string file = folder.Write("data/labelbox.metadata.json", Declared);

        var push = Lbx.Run(sandbox.For(folder.Path), "schema", "push", "--metadata", "data/labelbox.metadata.json");

        Assert.True(push.ExitCode == 1, push.ToString());
        Assert.Contains("error: Creating 1 field and the missing options of 1 field needs a confirmation: run lbx schema push on a terminal, or pass --yes. Nothing was created.",
            push.Output, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
        Assert.Equal(["weather", "camera"], sandbox.State.CustomMetadataFieldNames);
        Assert.Equal(Declared, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("y", 0)]
    [InlineData("n", 1)]
    public async Task OnATerminal_TheAnswerDecides(string answer, int exitCode)
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(Organization());
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", Declared);
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter(answer);

        var push = Lbx.Run(sandbox.For(folder.Path), console, "schema", "push");

        Assert.True(push.ExitCode == exitCode, push.ToString());
        Assert.Contains("Create 1 field and the missing options of 1 field in the organization?", push.Said, StringComparison.Ordinal);
        Assert.Equal(answer == "y" ? ["weather", "camera", "lens"] : ["weather", "camera"], sandbox.State.CustomMetadataFieldNames);
        if (answer == "n")
        {
            Assert.Contains("error: Not confirmed; nothing was created.", push.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AConflict_ExitsOne_BeforeAnythingIsCreated()
    {
        var options = Organization();
        options.CustomMetadataFields.Add(new SandboxMetadataField("lens", SandboxMetadataKind.String));
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync(options);
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", Declared);

        var push = Lbx.Run(sandbox.For(folder.Path), "schema", "push", "--yes");

        Assert.True(push.ExitCode == 1, push.ToString());
        Assert.Contains("! conflict lens: the organization's field 'lens' is a string field, declared as a number one", push.Said, StringComparison.Ordinal);
        Assert.Contains("error: labelbox.metadata.json: the organization's field 'lens' is a string field, declared as a number one; a field's kind never changes:"
            + " rename it in labelbox.metadata.json, or change it in Labelbox", push.Output, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.Requests("UpsertCustomMetadataSchemaPyApi"));
        Assert.Equal(Declared, File.ReadAllText(Path.Combine(folder.Path, "labelbox.metadata.json")));
    }

    [Fact]
    public void AFileWithErrors_IsReportedAsValidateDoes_AndNothingIsSent()
    {
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", "{\"fields\": [{\"name\": \"lens\", \"kind\": \"numbr\"}]}");

        var push = Lbx.Run(new Lbx.Setup(folder.Path) { Endpoint = new Uri("http://127.0.0.1:9/graphql") }, "schema", "push", "--yes");

        Assert.True(push.ExitCode == 1, push.ToString());
        Assert.StartsWith("labelbox.metadata.json(1,38): error LBX0603: Metadata field 'lens': ", push.Output, StringComparison.Ordinal);
        Assert.Contains("error: labelbox.metadata.json has errors; nothing was created.", push.Output, StringComparison.Ordinal);
    }
}
