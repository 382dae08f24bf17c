using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>The official SDK's import path against the sandbox: dicts and a local file, then the task's outcome.</summary>
public sealed class SdkImportTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture fixture;

    public SdkImportTests(SandboxFixture fixture) => this.fixture = fixture;

    [PythonSdkFact]
    public async Task Create_data_rows_from_dicts_and_a_local_file_reports_errors_and_result()
    {
        using var client = new SdkClient(fixture.Sandbox);
        await client.ImportAsync(new JsonArray { SdkClient.Item(await client.CreateDatasetAsync("earlier"), "https://example.com/old.jpg", "imp-old") });

        JsonNode report = await PythonSdk.RunAsync("import_rows.py", fixture.Sandbox, "imp-old");

        Assert.Equal("COMPLETE", (string)report["status"]!);
        Assert.Equal(
            new[] { "Duplicate global key: 'imp-old'", "row_data: assets must start with 'https'. Found 'http://example.com/c.jpg'" },
            report["errors"]!.AsArray().Select(e => (string)e!["message"]!).Order());
        Assert.Equal(report["errors"]!.ToJsonString(), report["failed"]!.ToJsonString());
        Assert.Equal("imp-c", (string)report["errors"]!.AsArray().Single(e => ((string)e!["message"]!).StartsWith("row_data", System.StringComparison.Ordinal))!
            ["failedDataRows"]![0]!["globalKey"]!);

        JsonArray result = report["result"]!.AsArray();
        Assert.Equal(report["result"]!.ToJsonString(), report["created"]!.ToJsonString());
        Assert.Equal(2, result.Count);
        JsonNode file = result.Single(r => (string?)r!["external_id"] == (string)report["path"]!)!;
        Assert.StartsWith(fixture.Sandbox.BaseAddress.ToString(), (string)file["row_data"]!, System.StringComparison.Ordinal);
        Assert.Null(file["global_key"]);
        Assert.Equal("imp-a", (string)result.Single(r => r != file)!["global_key"]!);
        Assert.Equal(2, (int)report["row_count"]!);

        string dataset = (string)report["dataset"]!;
        SandboxDataRow stored = fixture.Sandbox.State.FindByGlobalKey("imp-a")!;
        Assert.Equal(dataset, stored.DatasetId);
        Assert.Equal(new[] { "tag", "split" }, stored.Metadata.Select(m => m.Name));
        Assert.Equal("note", Assert.Single(stored.Attachments).Value);
    }
}
