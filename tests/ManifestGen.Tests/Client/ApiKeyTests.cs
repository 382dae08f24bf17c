using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Client;

public sealed class ApiKeyTests
{
    [Fact]
    public void AMissingKey_SaysBothWaysToGiveIt()
    {
        string? saved = Environment.GetEnvironmentVariable("LABELBOX_API_KEY");
        Environment.SetEnvironmentVariable("LABELBOX_API_KEY", null);
        try
        {
            var e = Assert.Throws<LabelboxRequestException>(() => new LabelboxClient(new HttpClient(), new LabelboxClientOptions()));
            Assert.Equal(LabelboxErrorKind.Authentication, e.Kind);

            Assert.StartsWith("Labelbox API key not provided", e.Message, StringComparison.Ordinal);
            Assert.Contains("LABELBOX_API_KEY", e.Message, StringComparison.Ordinal);
            Assert.Contains("LabelboxClientOptions.ApiKey", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("LABELBOX_API_KEY", saved);
        }
    }

    [Fact]
    public async Task TheKey_IsNeverInToStringsMessagesOrLogs_EvenWhenTheServiceEchoesIt()
    {
        var factory = new ClientFactory();
        string echo = "{\"errors\":[{\"message\":\"bad key " + FakeLabelbox.ApiKey + "\",\"extensions\":{\"code\":\"AUTHENTICATION_ERROR\"}}]}";
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(echo, Encoding.UTF8, "application/json") }));
        factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>" + FakeLabelbox.ApiKey + "</html>") }));
        for (int i = 0; i < 5; i++)
        {
            factory.Fake.Script.Enqueue(FakeLabelbox.Respond(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("not json " + FakeLabelbox.ApiKey) }));
        }

        LabelboxClient client = factory.Create();
        var auth = await RequestFailures.ThrowsAsync(LabelboxErrorKind.Authentication, () => client.CreateDatasetAsync("x"));
        var hostile = await Assert.ThrowsAnyAsync<LabelboxException>(() => client.CreateDatasetAsync("x"));

        foreach (string text in new[] { auth.ToString(), hostile.ToString(), client.ToString(), factory.Options.ToString() }.Concat(factory.Logger.Lines))
        {
            Assert.DoesNotContain(FakeLabelbox.ApiKey, text, StringComparison.Ordinal);
        }

        Assert.Contains("LABELBOX_API_KEY", auth.Message, StringComparison.Ordinal);
        Assert.NotEmpty(factory.Logger.Lines);
    }
}
