using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>uploadFile as a GraphQL multipart request (labelbox-protocol.md §1.1); files are served back.</summary>
public sealed class UploadTests
{
    [Fact]
    public async Task A_local_file_is_stored_and_served_back_with_its_content_type()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        byte[] png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

        (HttpStatusCode status, JsonNode body) = await client.UploadRawAsync(png, "cat 1.png", "image/png");
        Assert.Equal(HttpStatusCode.OK, status);
        JsonNode result = body["data"]!["uploadFile"]!;
        Assert.Equal("cat 1.png", (string)result["filename"]!);
        string url = (string)result["url"]!;
        Assert.StartsWith(sandbox.BaseAddress + "files/", url, StringComparison.Ordinal);

        using HttpResponseMessage served = await client.Http.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, sandbox.State.Requests("UploadFile"));
    }

    [Fact]
    public async Task The_SDK_swapped_chunk_filename_and_content_type_are_put_right()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);

        string url = await client.UploadAsync(Encoding.UTF8.GetBytes("[]"), "application/json", "json_import.json");
        Assert.EndsWith("/json_import.json", url, StringComparison.Ordinal);
        using HttpResponseMessage served = await client.Http.GetAsync(new Uri(url));
        Assert.Equal("application/json", served.Content.Headers.ContentType!.MediaType);

        // Neither name nor type: the part is filename "1" without a Content-Type.
        string bare = await client.UploadAsync(new byte[] { 1 }, null, null);
        using HttpResponseMessage octets = await client.Http.GetAsync(new Uri(bare));
        Assert.Equal("application/octet-stream", octets.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_clear_error()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { MaxUploadBytes = 1000 });
        using var client = new SdkClient(sandbox);

        (HttpStatusCode status, JsonNode body) = await client.UploadRawAsync(new byte[1001], "big.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("PAYLOAD_TOO_LARGE", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("File too large: 1001 bytes; the limit is 1000 bytes", (string)body["errors"]![0]!["message"]!);

        // Over the server's body limit: refused from its declared length. The client asks first: one that sends
        // the whole body anyway may see the connection close under it before it reads the 413, as with any
        // server that refuses a request mid-body.
        (status, body) = await client.UploadRawAsync(new byte[3 * 1024 * 1024], "huge.jpg", "image/jpeg", askFirst: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith("File too large", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.State.FilesStored);
    }

    [Fact]
    public async Task Files_can_be_kept_in_a_data_folder()
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lbx-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(new SandboxOptions { DataDirectory = folder });
            using var client = new SdkClient(sandbox);
            string url = await client.UploadAsync(Encoding.UTF8.GetBytes("hello"), "a.txt", "text/plain");
            Assert.Equal("hello", await client.Http.GetStringAsync(new Uri(url)));
            Assert.Single(System.IO.Directory.GetFiles(System.IO.Path.Combine(folder, "files"), "*", System.IO.SearchOption.AllDirectories));
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(folder, "sandbox.db"))); // the file index, with the rest of the state
        }
        finally
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }
}
