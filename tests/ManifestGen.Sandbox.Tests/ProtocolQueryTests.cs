using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>Every query text of labelbox-protocol.md §2, sent verbatim, answers with the shape the SDK reads.</summary>
public sealed class ProtocolQueryTests
{
    [Fact]
    public async Task CreateDataset_then_GetDataset_and_find_by_name()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        (HttpStatusCode status, JsonNode body) = await client.PostAsync(SdkClient.CreateDatasetQuery, new { name = "Cats 2026", description = "pets" }, "Client:create_dataset");
        Assert.Equal(HttpStatusCode.OK, status);
        JsonNode created = body["data"]!["createDataset"]!;
        Assert.Equal(new[] { "createdAt", "description", "name", "rowCount", "id", "updatedAt" }, created.AsObject().Select(p => p.Key));
        Assert.Equal("Cats 2026", (string)created["name"]!);
        Assert.Equal(0, (int)created["rowCount"]!);
        string id = (string)created["id"]!;
        Assert.Equal(25, id.Length);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string)created["createdAt"]!);

        JsonNode fetched = (await client.ExecuteAsync(
            "query GetDatasetPyApi($param_0: ID!){dataset(where: {id: $param_0}){createdAt description name rowCount id updatedAt}}",
            new { param_0 = id }))["dataset"]!;
        Assert.Equal("pets", (string)fetched["description"]!);

        JsonNode byName = await client.ExecuteAsync(
            "query GetDatasetsPyApi($param_0: String!){datasets(where: {name: $param_0} skip: 0 first: 100){createdAt description name rowCount id updatedAt}}",
            new { param_0 = "Cats 2026" });
        Assert.Equal(id, (string)byName["datasets"]![0]!["id"]!);

        (_, JsonNode missing) = await client.PostAsync(
            "query GetDatasetPyApi($param_0: ID!){dataset(where: {id: $param_0}){id}}", new { param_0 = "cnotthere0000000000000000" });
        Assert.Equal("RESOURCE_NOT_FOUND", (string)missing["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Create_dataset_default_IAM_lookup_finds_no_integration()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        JsonNode organization = await client.ExecuteAsync("query GetOrganizationPyApi{organization{createdAt name id updatedAt}}");
        Assert.Equal(sandbox.State.OrganizationId, (string)organization["organization"]!["id"]!);

        // Organization.get_iam_integrations, field list as the ORM writes it.
        JsonNode integrations = await client.ExecuteAsync(@"query getAllIntegrationsPyApi { iamIntegrations {
                createdAt isOrgDefault lastValidAt name provider id updatedAt valid
                settings {
                __typename
                ... on AwsIamIntegrationSettings {roleArn}
                ... on GcpIamIntegrationSettings {serviceAccountEmailId readBucket}
                }

            } } ");
        Assert.Empty(integrations["iamIntegrations"]!.AsArray());
    }

    [Fact]
    public async Task GetUser_returns_the_user_whose_tasks_are_polled()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        JsonNode user = (await client.ExecuteAsync(SdkClient.UserQuery))["user"]!;
        Assert.Equal(sandbox.State.UserId, (string)user["id"]!);
        Assert.Equal(
            new[] { "createdAt", "email", "intercomHash", "isExternalUser", "isViewer", "nickname", "name", "picture", "id", "updatedAt" },
            user.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Metadata_ontology_has_the_reserved_fields_and_the_configured_custom_ones()
    {
        var options = new SandboxOptions();
        options.CustomMetadataFields.Add(new SandboxMetadataField("breed", SandboxMetadataKind.Enum, "tabby", "siamese") { SchemaId = "cbreed0000000000000000000" });
        options.CustomMetadataFields.Add(new SandboxMetadataField("weight", SandboxMetadataKind.Number));
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
        using var client = new SdkClient(sandbox);

        JsonArray fields = (await client.ExecuteAsync(
            "query GetMetadataOntologyBetaPyApi { customMetadataOntology { id name kind reserved options { id kind name reserved } } }"))["customMetadataOntology"]!.AsArray();

        JsonNode Field(string name) => fields.Single(f => (string)f!["name"]! == name)!;
        Assert.Equal("cko8s9r5v0001h2dk9elqdidh", (string)Field("tag")["id"]!);
        Assert.Equal("CustomMetadataString", (string)Field("tag")["kind"]!);
        Assert.True((bool)Field("tag")["reserved"]!);
        Assert.Equal("cko8sbczn0002h2dkdaxb5kal", (string)Field("split")["id"]!);
        Assert.Equal(
            new[] { ("train", "cko8sbscr0003h2dk04w86hof"), ("valid", "cko8sc2yr0004h2dk69aj5x63"), ("test", "cko8scbz70005h2dkastwhgqt") },
            Field("split")["options"]!.AsArray().Select(o => ((string)o!["name"]!, (string)o["id"]!)));
        Assert.Equal("CustomMetadataEnumOption", (string)Field("split")["options"]![0]!["kind"]!);
        Assert.Equal("cko8sdzv70006h2dk8jg64zvb", (string)Field("captureDateTime")["id"]!);
        Assert.Equal("CustomMetadataDateTime", (string)Field("captureDateTime")["kind"]!);
        Assert.Equal("cbreed0000000000000000000", (string)Field("breed")["id"]!);
        Assert.False((bool)Field("breed")["reserved"]!);
        Assert.Equal(2, Field("breed")["options"]!.AsArray().Count);
        Assert.Equal("CustomMetadataNumber", (string)Field("weight")["kind"]!);
    }

    [Fact]
    public async Task Unknown_field_is_a_validation_error_and_bad_syntax_a_parse_error()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        (HttpStatusCode status, JsonNode body) = await client.PostAsync("query GetUserPyApi{user{id shoeSize}}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("shoeSize", (string)body["errors"]![0]!["message"]!, System.StringComparison.Ordinal);

        (_, body) = await client.PostAsync("query {user{id");
        Assert.Equal("GRAPHQL_PARSE_FAILED", (string)body["errors"]![0]!["extensions"]!["code"]!);

        (_, body) = await client.PostAsync("query GetDatasetPyApi($param_0: ID!){dataset(where: {id: $param_0}){id}}", new { });
        Assert.Equal("BAD_USER_INPUT", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }
}
