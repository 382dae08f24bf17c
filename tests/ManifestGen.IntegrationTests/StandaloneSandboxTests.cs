using System;
using System.Net;
using System.Net.Http;
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
        (StandaloneSandbox sandbox, string line) = await StandaloneSandbox.StartAsync(build: true, "--Sandbox:ApiKey=standalone-key");
        await using (sandbox)
        {
            Assert.Equal("Labelbox sandbox listening: GraphQL at " + sandbox.Endpoint + " (API key required)", line);

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            (HttpStatusCode status, JsonNode body) = await sandbox.PostAsync(http, "wrong-key", UserQuery, null);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("Invalid API key", (string)body["errors"]![0]!["message"]!);

            (status, body) = await sandbox.PostAsync(http, "standalone-key", CreateDataset, new { name = "standalone", description = "" });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("standalone", (string)body["data"]!["createDataset"]!["name"]!);

            var stateUri = new Uri("http://127.0.0.1:" + sandbox.Port + "/_sandbox/state");
            using (HttpResponseMessage withoutKey = await http.GetAsync(stateUri))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode); // the admin routes want the key too
            }

            using var withKey = new HttpRequestMessage(HttpMethod.Get, stateUri);
            withKey.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "standalone-key");
            using HttpResponseMessage answer = await http.SendAsync(withKey);
            JsonNode state = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
            Assert.Equal(1, (int)state["requests"]!["CreateDatasetPyApi"]!);
            Assert.Equal(0, (int)state["rowsStored"]!);
        }
    }
}
