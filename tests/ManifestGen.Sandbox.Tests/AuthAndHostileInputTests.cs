using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

public sealed class AuthAndHostileInputTests
{
    [Fact]
    public async Task With_a_configured_key_a_wrong_or_missing_key_is_an_authentication_error()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { ApiKey = "right-key" });

        using (var right = new SdkClient(sandbox, "right-key"))
        {
            await right.ExecuteAsync(SdkClient.UserQuery);
        }

        using var wrong = new SdkClient(sandbox, "wrong-key");
        (HttpStatusCode status, JsonNode body) = await wrong.PostAsync(SdkClient.UserQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AUTHENTICATION_ERROR", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("Invalid API key", (string)body["errors"]![0]!["message"]!);

        wrong.Http.DefaultRequestHeaders.Authorization = null;
        (status, _) = await wrong.PostAsync(SdkClient.UserQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, status);

        (status, body) = await wrong.UploadRawAsync(new byte[] { 1 }, "a.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, sandbox.State.FilesStored);
    }

    private static async Task<(HttpStatusCode, JsonNode)> PostRawAsync(SdkClient client, LabelboxSandbox sandbox, HttpContent content)
    {
        using HttpResponseMessage response = await client.Http.PostAsync(sandbox.GraphQLEndpoint, content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [InlineData("{\"query\": ", "not a JSON GraphQL request")]
    [InlineData("[1, 2]", "not a JSON GraphQL request")]
    [InlineData("{\"variables\": {}}", "The request has no 'query'")]
    [InlineData("{\"query\": \"{ user { id } }\", \"variables\": 7}", "not a JSON GraphQL request")]
    [InlineData("{\"query\": \"mutation CreateDatasetPyApi($name: String!){createDataset(data: {name: $name}) {id}}\", \"variables\": {\"name\": \"a\\ud800\"}}", "not a JSON GraphQL request")]
    public async Task A_malformed_body_is_a_400_with_a_GraphQL_error(string body, string message)
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        (HttpStatusCode status, JsonNode response) = await PostRawAsync(client, sandbox, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, (string)response["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", (string)response["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Huge_or_deeply_nested_variables_are_refused_cleanly()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { MaxJsonRequestBytes = 64 * 1024 });
        using var client = new SdkClient(sandbox);

        var big = new StringBuilder("{\"query\": \"{ user { id } }\", \"variables\": {");
        for (int i = 0; i < 20_000; i++)
        {
            big.Append("\"v").Append(i).Append("\": \"xxxxxxxx\",");
        }

        big.Append("\"end\": 1}}");
        (HttpStatusCode status, JsonNode response) = await PostRawAsync(client, sandbox, new StringContent(big.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("PAYLOAD_TOO_LARGE", (string)response["errors"]![0]!["extensions"]!["code"]!);

        // Chunked, so no Content-Length to refuse up front: the body limit still stops it.
        var chunked = new StringContent(big.ToString(), Encoding.UTF8, "application/json");
        chunked.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, sandbox.GraphQLEndpoint) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        try
        {
            using HttpResponseMessage chunkedResponse = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedResponse.StatusCode);
        }
        catch (HttpRequestException)
        {
            // Kestrel may answer 413 and close while the client is still sending: a reset is as good a refusal.
        }

        string deep = "{\"query\": \"{ user { id } }\", \"variables\": {\"a\": " + new string('[', 500) + new string(']', 500) + "}}";
        (status, response) = await PostRawAsync(client, sandbox, new StringContent(deep, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, status);

        // Still serving.
        await client.ExecuteAsync(SdkClient.UserQuery);
    }

    [Fact]
    public async Task Malformed_multipart_requests_get_clear_errors()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        using (var noMap = new MultipartFormDataContent { { new StringContent("{\"query\": \"" + SdkClient.UploadQuery + "\"}"), "operations" } })
        {
            (HttpStatusCode status, JsonNode body) = await PostRawAsync(client, sandbox, noMap);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("'operations' and 'map'", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
        }

        // The map names a part that is not there; an empty map leaves the Upload! variable null.
        foreach ((string map, HttpStatusCode expected, string text) in new[]
        {
            ("{\"1\": [\"variables.file\"]}", HttpStatusCode.BadRequest, "file part '1'"),
            ("{}", HttpStatusCode.OK, "file"),
        })
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent("{\"query\": \"" + SdkClient.UploadQuery + "\", \"variables\": {\"file\": null, \"contentLength\": 1}}"), "operations" },
                { new StringContent(map), "map" },
            };
            (HttpStatusCode status, JsonNode body) = await PostRawAsync(client, sandbox, form);
            Assert.Equal(expected, status);
            Assert.Contains(text, (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
            Assert.Equal(expected == HttpStatusCode.OK ? "BAD_USER_INPUT" : "BAD_REQUEST", (string)body["errors"]![0]!["extensions"]!["code"]!);
        }

        // A JSON request cannot upload: Upload has no JSON form.
        (HttpStatusCode jsonStatus, JsonNode jsonBody) = await client.PostAsync(SdkClient.UploadQuery, new { file = "AAAA", contentLength = 3 });
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal("BAD_USER_INPUT", (string)jsonBody["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(0, sandbox.State.FilesStored);
    }
}
