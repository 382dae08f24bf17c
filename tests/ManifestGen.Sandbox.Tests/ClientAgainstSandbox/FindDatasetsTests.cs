using System.Linq;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

/// <summary>"Create or find a dataset": the SDK's get_datasets by name, every page of it, over real HTTP.</summary>
public sealed class FindDatasetsTests
{
    [Fact]
    public async Task Datasets_are_found_by_exact_name_across_pages()
    {
        await using ClientHarness h = await ClientHarness.StartAsync();
        string[] many = new string[101];
        for (int i = 0; i < many.Length; i++)
        {
            many[i] = (await h.Client.CreateDatasetAsync("many")).Id;
        }

        LabelboxDataset cats = await h.Client.CreateDatasetAsync("cats", "the cat photos");
        await h.Client.CreateDatasetAsync("cats 2");

        Assert.Equal(many.Order(), (await h.Client.FindDatasetsAsync("many")).Select(d => d.Id).Order());
        LabelboxDataset found = Assert.Single(await h.Client.FindDatasetsAsync("cats"));
        Assert.Equal(cats, found);
        Assert.Empty(await h.Client.FindDatasetsAsync("dogs"));
        Assert.Equal(4, h.Sandbox.State.RequestsByOperation["GetDatasetsPyApi"]); // two pages for "many", one each for the others
    }
}
