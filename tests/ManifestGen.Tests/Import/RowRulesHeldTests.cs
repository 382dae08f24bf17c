using System.Linq;
using System.Threading.Tasks;
using ManifestGen.Tests.Support;

namespace ManifestGen.Tests.Import;

/// <summary>
/// <see cref="ImportOptions.RowRulesHeld"/>, which lbx submit and resume set after validating the manifests: the import then
/// checks only what depends on the organization (metadata against its ontology), so each row is held to each rule once.
/// </summary>
public sealed class RowRulesHeldTests
{
    private static readonly DataRowSpec[] Rows =
    {
        new("https://example.com/a.jpg") { GlobalKey = "gk-good" },
        // Breaks LBX0102, which does not depend on the organization: a caller that held rows to the row rules never sends one.
        new("http://example.com/insecure.jpg") { GlobalKey = "gk-http" },
        // Breaks LBX0402 against this organization's ontology, which only the import can read.
        new("https://example.com/b.jpg") { GlobalKey = "gk-field", Metadata = new[] { new DataRowMetadata(null, "nosuchfield", MetadataValue.String("x")) } },
        new("https://example.com/c.jpg") { GlobalKey = "gk-schema-id", Metadata = new[] { new DataRowMetadata("cmnosuchschema00000000001", null, MetadataValue.String("x")) } },
    };

    [Fact]
    public async Task WithoutIt_EveryRuleIsChecked()
    {
        var factory = new ClientFactory();

        ImportResult result = await factory.Create().ImportAsync(Rows, new ImportOptions { DatasetName = "x" });

        Assert.Equal((4L, 1L, 3L), (result.Total, result.Imported, result.SkippedInvalid));
        Assert.Equal(new[] { "gk-http", "gk-field", "gk-schema-id" }, result.Failures.Select(f => f.GlobalKey));
        Assert.StartsWith("LBX0102", result.Failures[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithIt_OnlyTheMetadataIsCheckedAgainstTheOrganization_WithTheSameMessages()
    {
        ImportResult full = await new ClientFactory().Create().ImportAsync(Rows, new ImportOptions { DatasetName = "x" });
        var factory = new ClientFactory();

        ImportResult held = await factory.Create().ImportAsync(Rows, new ImportOptions { DatasetName = "x", RowRulesHeld = true });

        // The http row was not checked again: sent as the caller vouched for it.
        Assert.Equal((4L, 2L, 2L), (held.Total, held.Imported, held.SkippedInvalid));
        Assert.Equal(new[] { "gk-good", "gk-http" },
            factory.Fake.UpsertedItems.Select(i => i["payload"]!["global_key"]!.GetValue<string>()).OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(full.Failures.Where(f => f.GlobalKey != "gk-http").Select(f => (f.RowIndex, f.Kind, f.GlobalKey, f.Message)),
            held.Failures.Select(f => (f.RowIndex, f.Kind, f.GlobalKey, f.Message)));
        Assert.Contains("LBX0402", held.Failures[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("LBX0403", held.Failures[1].Message, System.StringComparison.Ordinal);
    }
}
