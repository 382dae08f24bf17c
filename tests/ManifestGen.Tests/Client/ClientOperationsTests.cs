using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ManifestGen.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ManifestGen.Tests.Client;

public sealed class ClientOperationsTests
{
    [Fact]
    public async Task CreateAndGetDataset_SendTheProtocolsTextsAndVariables()
    {
        var factory = new ClientFactory();
        LabelboxClient client = factory.Create();

        LabelboxDataset created = await client.CreateDatasetAsync("Cats", "cat photos");
        LabelboxDataset read = await client.GetDatasetAsync(created.Id);
        LabelboxDataset nameOnly = await client.CreateDatasetAsync("Dogs");

        Assert.Equal(new LabelboxDataset("ds-1", "Cats", "cat photos", 0), read);
        Assert.Null(nameOnly.Description);
        Assert.Equal("{\"name\":\"Cats\",\"description\":\"cat photos\"}", factory.Fake.Variables[0].ToJsonString());
        Assert.Equal("{\"param_0\":\"ds-1\"}", factory.Fake.Variables[1].ToJsonString());
        Assert.Equal("{\"name\":\"Dogs\"}", factory.Fake.Variables[2].ToJsonString());
        await RequestFailures.ThrowsAsync(LabelboxErrorKind.NotFound, () => client.GetDatasetAsync("nope"));
    }

    [Fact]
    public void AnHttpClientWhoseTimeoutWouldCutAttemptsShort_IsWarnedAbout()
    {
        var logger = new ListLogger();
        var options = new LabelboxClientOptions { ApiKey = FakeLabelbox.ApiKey };
        using var plain = new HttpClient();
        using var infinite = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

        _ = new LabelboxClient(plain, options, logger);
        _ = new LabelboxClient(infinite, options, logger);

        Assert.Equal(
            "Warning HttpClient.Timeout is 00:01:40, shorter than the 00:10:00 an attempt may take: every attempt ends there."
                + " Set it to Timeout.InfiniteTimeSpan; the client times each attempt itself ",
            Assert.Single(logger.Lines));
    }

    [Fact]
    public async Task Ontology_IsReadOnceAndResolvesNames()
    {
        var factory = new ClientFactory();
        LabelboxClient client = factory.Create();

        MetadataOntology first = await client.GetMetadataOntologyAsync();
        MetadataOntology second = await client.GetMetadataOntologyAsync();

        Assert.Same(first, second);
        Assert.Single(factory.Fake.Operations);
        OntologyField quality = first.FindByName("quality")!;
        Assert.Equal(MetadataFieldKind.Enum, quality.Kind);
        Assert.Equal(new OntologyOption(FakeLabelbox.GoodId, "good"), quality.Options.Single());
        Assert.True(first.FindByName("split")!.Reserved);
    }

    [Fact]
    public async Task UploadFile_IsAGraphQlMultipartRequest()
    {
        var factory = new ClientFactory();
        LabelboxClient client = factory.Create();
        string path = Path.Combine(Path.GetTempPath(), "mg-upload-" + Guid.NewGuid().ToString("N") + ".png");
        await File.WriteAllBytesAsync(path, new byte[] { 1, 2, 3 });
        try
        {
            string url = await client.UploadFileAsync(path);
            string fromStream = await client.UploadFileAsync(new MemoryStream(Encoding.UTF8.GetBytes("[]")), "json_import.json", "application/json");

            Assert.Equal((Path.GetFileName(path), "image/png"), (factory.Fake.Files[url].FileName, factory.Fake.Files[url].ContentType));
            Assert.Equal(new byte[] { 1, 2, 3 }, factory.Fake.Files[url].Bytes);
            Assert.Equal("[]", Encoding.UTF8.GetString(factory.Fake.Files[fromStream].Bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FailedRows_ArePagedWithTheAfterCursor()
    {
        var factory = new ClientFactory();
        factory.Fake.PageSizeOverride = 2;
        var task = new FakeLabelbox.FakeTask("task-x", 0);
        for (int i = 0; i < 5; i++)
        {
            task.Failures.Add(new System.Text.Json.Nodes.JsonObject { ["message"] = "bad " + i, ["spec"] = new System.Text.Json.Nodes.JsonObject { ["globalKey"] = "k" + i } });
        }

        factory.Fake.Tasks["task-x"] = task;
        LabelboxClient client = factory.Create();

        var rows = await client.GetFailedDataRowsAsync("task-x").ToListAsync();

        Assert.Equal(Enumerable.Range(0, 5).Select(i => "k" + i), rows.Select(r => r.GlobalKey));
        Assert.Equal(new[] { "null", "\"2\"", "\"4\"" }, factory.Fake.Variables.Select(v => v!["from"]?.ToJsonString() ?? "null"));
    }

    [Fact]
    public async Task WaitForTask_BacksOffFromTwoSecondsAndFailsLoudlyAtTheDeadline()
    {
        var factory = new ClientFactory();
        factory.Fake.PollsUntilDone = 1000;
        factory.Options.TaskTimeout = TimeSpan.FromMinutes(2);
        factory.Fake.Tasks["task-slow"] = new FakeLabelbox.FakeTask("task-slow", 1000);
        LabelboxClient client = factory.Create();

        var e = await Assert.ThrowsAsync<LabelboxTaskTimeoutException>(() => client.WaitForTaskAsync("task-slow"));

        Assert.Equal("task-slow", e.TaskId);
        Assert.Equal(new[] { 2.0, 4, 8, 16, 30, 30, 30 }, factory.Time.Delays.Take(7).Select(d => d.TotalSeconds));
        Assert.InRange(factory.Fake.RequestCount, 5, 15);
    }

    [Fact]
    public async Task WaitForTask_WakesWhenTheTasksProgressSaysItEnds()
    {
        var factory = new ClientFactory();
        factory.Fake.ProgressPerPoll = 20; // 0, 20, 40, 60, 80 %, then COMPLETE
        factory.Fake.Tasks["task-steady"] = new FakeLabelbox.FakeTask("task-steady", 5);
        LabelboxClient client = factory.Create();

        LabelboxTask task = await client.WaitForTaskAsync("task-steady");

        Assert.Equal(LabelboxTask.Complete, task.Status);
        // At 80 % after 30 s, having gone 20 % in the last 16 s: done in about 16 s, so not after the backoff's 30.
        Assert.Equal(new[] { 2.0, 4, 8, 16, 16 }, factory.Time.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task AddLabelbox_RegistersATypedClient()
    {
        var services = new ServiceCollection();
        services.AddLabelbox(o => o.ApiKey = FakeLabelbox.ApiKey).ConfigurePrimaryHttpMessageHandler(() => new FakeLabelbox());
        using ServiceProvider provider = services.BuildServiceProvider();

        LabelboxClient client = provider.GetRequiredService<LabelboxClient>();

        Assert.Equal("ds-1", (await client.CreateDatasetAsync("x")).Id);
    }

    [Theory]
    [InlineData("http://api.example.com/graphql", false)]
    [InlineData("http://127.0.0.1:5000/graphql", false)]
    [InlineData("ftp://127.0.0.1/graphql", true)]
    public void Endpoint_MustBeHttpsUnlessAnAllowedLoopback(string endpoint, bool allow)
    {
        var options = new LabelboxClientOptions { ApiKey = "k", Endpoint = new Uri(endpoint), AllowInsecureLoopback = allow };

        Assert.Throws<ArgumentException>(() => new LabelboxClient(new HttpClient(), options));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/graphql")]
    [InlineData("http://[::1]:5000/graphql")]
    [InlineData("http://localhost:5000/graphql")]
    public void Endpoint_LoopbackIsAllowedWhenAsked(string endpoint)
    {
        var options = new LabelboxClientOptions { ApiKey = "k", Endpoint = new Uri(endpoint), AllowInsecureLoopback = true };

        Assert.NotNull(new LabelboxClient(new HttpClient(), options));
    }
}
