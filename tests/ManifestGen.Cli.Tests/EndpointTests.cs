using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Sandbox;

namespace ManifestGen.Cli.Tests;

/// <summary>
/// --endpoint and LABELBOX_ENDPOINT on every command that talks to Labelbox: https, or http on loopback only;
/// the option wins; a loopback endpoint needs no key; a declared field the endpoint lacks stops the import.
/// </summary>
public class EndpointTests
{
    [Theory]
    [InlineData("submit", "http://example.com/graphql", "--endpoint 'http://example.com/graphql' is http on a host that is not this machine")]
    [InlineData("resume", "http://10.1.2.3:5080/graphql", "--endpoint 'http://10.1.2.3:5080/graphql' is http on a host that is not this machine")]
    [InlineData("schema", "ftp://127.0.0.1/graphql", "--endpoint 'ftp://127.0.0.1/graphql' is not an http(s) URL")]
    [InlineData("submit", "api.labelbox.com/graphql", "--endpoint 'api.labelbox.com/graphql' is not an http(s) URL")]
    [InlineData("submit", "http://127.0.0.1.evil.example/graphql", "is http on a host that is not this machine")]
    [InlineData("submit", "http://localhost@evil.example/graphql", "is http on a host that is not this machine")]
    [InlineData("submit", "http://[::]:5080/graphql", "is http on a host that is not this machine")]
    [InlineData("submit", "http://0.0.0.0:5080/graphql", "is http on a host that is not this machine")]
    public void BadEndpoint_IsAUsageError_BeforeAnyWork(string command, string endpoint, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        folder.Write(".lbx-journal.jsonl", "{}\n");

        var result = Lbx.Run(new Lbx.Setup(folder.Path) { ApiKey = "key" }, Arguments(command, "--endpoint", endpoint));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Said, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "lbx-failures.json")));
    }

    [Theory]
    [InlineData("http://example.com/graphql", "", "LABELBOX_ENDPOINT 'http://example.com/graphql' is http on a host that is not this machine")]
    [InlineData(null, "--sandbox --endpoint http://127.0.0.1:5080/graphql", "give --endpoint or --sandbox, not both")]
    [InlineData(null, "--endpoint https://labelbox.example.com/graphql", "LABELBOX_API_KEY is not set; set it to your Labelbox API key")]
    [InlineData(null, "--endpoint https://labelbox.example.com/graphql", "a key is needed for every endpoint but a loopback one")]
    public void TheVariable_TheSandbox_AndTheKey_AreCheckedBeforeAnyWork(string? variable, string options, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a"));
        var setup = new Lbx.Setup(folder.Path) { Endpoint = variable is null ? null : new Uri(variable) };

        var result = Lbx.Run(setup, new[] { "submit", "images.lbx.json", "--dataset", "d" }.Concat(options.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOption_WinsOverTheVariable_AndALoopbackOne_NeedsNoKey()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(); // takes any key
        using var folder = new TempFolder();
        folder.Write("images.lbx.json", TestManifests.Rows("a", "b"));
        string withoutPath = sandbox.BaseAddress.AbsoluteUri.TrimEnd('/'); // lbx adds /graphql
        var setup = new Lbx.Setup(folder.Path) { Endpoint = new Uri("https://labelbox.invalid/graphql") };

        var result = Lbx.Run(setup, "submit", "images.lbx.json", "--dataset", "d", "--endpoint", withoutPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("LABELBOX_API_KEY is not set: sending a placeholder key to the loopback endpoint " + sandbox.GraphQLEndpoint, result.Output, StringComparison.Ordinal);
        Assert.Equal("2", result.Summary("Imported"));
        Assert.Equal(2, sandbox.State.RowsCreated);
    }

    [Fact]
    public async Task SchemaPull_TakesTheEndpoint()
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("camera", SandboxMetadataKind.String));
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
        using var folder = new TempFolder();

        var result = Lbx.Run(folder.Path, "schema", "pull", "--endpoint", sandbox.GraphQLEndpoint.AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 custom field", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeclaredField_TheEndpointLacks_StopsTheImport_SayingHowToAddIt()
    {
        await using LabelboxSandbox sandbox = await SandboxSetup.StartAsync();
        using var folder = new TempFolder();
        folder.Write("labelbox.metadata.json", TestManifests.CameraSchema);
        folder.Write("images.lbx.json", TestManifests.UsesCamera);

        var result = Lbx.Run(sandbox.For(folder.Path), "submit", "images.lbx.json", "--dataset", "d");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("declares the string field 'camera', but the organization has no such field. Start the sandbox with it: lbx sandbox --metadata "
            + Path.Combine(folder.Path, "labelbox.metadata.json"), result.Said, StringComparison.Ordinal);
        Assert.Empty(sandbox.State.Datasets);
    }

    [Fact]
    public async Task AgainstLabelbox_AMissingField_IsNamed_WithWhereToCreateIt()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var http = new System.Net.Http.HttpClient();
        var client = new LabelboxClient(http, new LabelboxClientOptions { ApiKey = "k", Endpoint = sandbox.GraphQLEndpoint, AllowInsecureLoopback = true });
        MetadataOntology organization = await client.GetMetadataOntologyAsync(refresh: true);
        using var folder = new TempFolder();
        string schema = folder.Write("labelbox.metadata.json", TestManifests.CameraSchema);

        string message = Assert.Single(Importing.MissingFields.Find(new[] { schema }, organization, sandbox: false));

        Assert.Equal(schema + " declares the string field 'camera', but the organization has no such field. "
            + "Create it with lbx schema push --metadata " + schema + ", or in Labelbox (Schema → Metadata, kind string).", message);
    }

    private static string[] Arguments(string command, params string[] more) => command switch
    {
        "submit" => new[] { "submit", "images.lbx.json", "--dataset", "d" }.Concat(more).ToArray(),
        "resume" => new[] { "resume", ".lbx-journal.jsonl", "images.lbx.json" }.Concat(more).ToArray(),
        _ => new[] { "schema", "pull" }.Concat(more).ToArray(),
    };
}
