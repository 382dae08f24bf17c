using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>How a sandbox starts: where it listens (Host, Port), and the fields of a labelbox.metadata.json it serves.</summary>
public sealed class StartOptionsTests
{
    private const string OntologyQuery = "query GetCustomMetadataOntology { customMetadataOntology { id name kind reserved options { id name kind } } }";

    [Fact]
    public async Task It_listens_on_the_port_it_is_given_and_a_taken_port_is_an_IOException()
    {
        int port = ManifestGen.IntegrationTests.LoopbackPorts.Free();
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { Host = "localhost", Port = port });
        Assert.Equal(new Uri("http://127.0.0.1:" + port + "/graphql"), sandbox.GraphQLEndpoint);

        IOException taken = await Assert.ThrowsAnyAsync<IOException>(() => LabelboxSandbox.StartAsync(new SandboxOptions { Port = port }));
        Assert.Contains("address already in use", taken.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("example.com", 0)]
    [InlineData("127.0.0.1", 65536)]
    public async Task A_host_that_is_no_address_or_a_port_out_of_range_is_refused(string host, int port)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => LabelboxSandbox.StartAsync(new SandboxOptions { Host = host, Port = port }));
    }

    [Fact]
    public async Task A_metadata_file_s_fields_are_served_with_the_ids_it_gives_or_new_ones()
    {
        string file = Path.Combine(Path.GetTempPath(), "sandbox-metadata-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """
            { "fields": [
              { "name": "camera", "kind": "string", "schema_id": "ccamera000000000000000001" },
              { "name": "weather", "kind": "enum", "options": [ { "name": "sunny", "schema_id": "csunny0000000000000000001" }, "rain" ] }
            ] }
            """);
        try
        {
            var options = new SandboxOptions();
            options.AddMetadataFile(file);
            await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
            using var client = new SdkClient(sandbox);

            JsonArray fields = (await client.ExecuteAsync(OntologyQuery))["customMetadataOntology"]!.AsArray();
            JsonNode camera = fields.Single(f => (string)f!["name"]! == "camera")!;
            Assert.Equal("ccamera000000000000000001", (string)camera["id"]!);
            Assert.Equal("CustomMetadataString", (string)camera["kind"]!);
            JsonNode weather = fields.Single(f => (string)f!["name"]! == "weather")!;
            Assert.Equal(25, ((string)weather["id"]!).Length);
            Assert.Equal(new[] { "sunny", "rain" }, weather["options"]!.AsArray().Select(o => (string)o!["name"]!));
            Assert.Equal("csunny0000000000000000001", (string)weather["options"]![0]!["id"]!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_metadata_file_with_errors_is_refused_as_the_build_reports_it()
    {
        string file = Path.Combine(Path.GetTempPath(), "sandbox-metadata-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, "{ \"fields\": [ { \"name\": \"mood\", \"kind\": \"enum\" } ] }");
        try
        {
            InvalidDataException error = Assert.Throws<InvalidDataException>(() => new SandboxOptions().AddMetadataFile(file));
            Assert.Contains(file + "(1,", error.Message, StringComparison.Ordinal);
            Assert.Contains("error LBX0603", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_field_two_metadata_files_declare_alike_is_served_once_and_one_declared_otherwise_is_refused()
    {
        string folder = Directory.CreateTempSubdirectory("sandbox-metadata-").FullName;
        try
        {
            string first = Path.Combine(folder, "a.json");
            string same = Path.Combine(folder, "b.json");
            string other = Path.Combine(folder, "c.json");
            File.WriteAllText(first, """{ "fields": [ { "name": "camera", "kind": "string" }, { "name": "stage", "kind": "enum", "options": ["raw", "done"] } ] }""");
            File.WriteAllText(same, """{ "fields": [ { "name": "camera", "kind": "string" } ] }""");
            File.WriteAllText(other, """{ "fields": [ { "name": "stage", "kind": "enum", "options": ["raw"] } ] }""");

            var options = new SandboxOptions();
            options.AddMetadataFile(first);
            options.AddMetadataFile(same);
            Assert.Equal(new[] { "camera", "stage" }, options.CustomMetadataFields.Select(f => f.Name));
            InvalidDataException error = Assert.Throws<InvalidDataException>(() => options.AddMetadataFile(other));
            Assert.Equal(other + ": the metadata field 'stage' is declared as enum (raw), but another labelbox.metadata.json declares it as enum (raw, done);"
                + " an organization has one field by a name.", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
