using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.IntegrationTests;

/// <summary>
/// The README's standalone sandbox: <c>dotnet run --project src/ManifestGen.Sandbox -- --urls …</c> listens
/// where it is told, takes its options from the command line and answers Labelbox's GraphQL.
/// </summary>
[Collection(RepositoryRuns.Name)]
public class StandaloneSandboxTests
{
    private const string UserQuery = "query GetUserPyApi{user{id email}}";
    private const string CreateDataset = "mutation CreateDatasetPyApi($name: String!, $description: String!){createDataset(data: {name: $name description: $description}) {id name}}";

    [Fact]
    public async Task The_sandbox_runs_standalone_with_its_options_from_the_command_line()
    {
        int port = LoopbackPorts.Free();
        string endpoint = "http://127.0.0.1:" + port + "/graphql";
        ProcessStartInfo start = DotNet.StartInfo("dotnet", RepoPaths.Root, Array.Empty<(string, string)>(), Array.Empty<string>(),
            "run", "--project", Path.Combine("src", "ManifestGen.Sandbox"), "--artifacts-path", DotNet.ArtifactsPath(RepositoryRuns.Folder),
            "--", "--urls", "http://127.0.0.1:" + port, "--Sandbox:ApiKey=standalone-key");
        await using RunningProcess process = RunningProcess.Start(start);
        // Bounded: building the project (usually up to date) and starting it.
        string line = await process.LineAsync("Labelbox sandbox listening", TimeSpan.FromMinutes(3));
        Assert.Equal("Labelbox sandbox listening: GraphQL at " + endpoint + " (API key required)", line);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        (HttpStatusCode status, JsonNode body) = await PostAsync(http, endpoint, "wrong-key", UserQuery, null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Invalid API key", (string)body["errors"]![0]!["message"]!);

        (status, body) = await PostAsync(http, endpoint, "standalone-key", CreateDataset, new { name = "standalone", description = "" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("standalone", (string)body["data"]!["createDataset"]!["name"]!);

        JsonNode state = JsonNode.Parse(await http.GetStringAsync(new Uri("http://127.0.0.1:" + port + "/_sandbox/state")))!;
        Assert.Equal(1, (int)state["requests"]!["CreateDatasetPyApi"]!);
        Assert.Equal(0, (int)state["rowsStored"]!);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(HttpClient http, string endpoint, string key, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using HttpResponseMessage response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
