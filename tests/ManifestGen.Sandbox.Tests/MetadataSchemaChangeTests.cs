using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests;

/// <summary>
/// Rows read after the ontology changed under them: a row holds schema ids only, so a renamed field or option shows its
/// new name and a deleted field's value is no longer listed, in <c>metadataFields</c> and <c>customMetadata</c> alike.
/// </summary>
public sealed class MetadataSchemaChangeTests
{
    private const string Upsert = "mutation UpsertCustomMetadataSchemaPyApi($data: UpsertCustomMetadataSchemaInput!) { upsertCustomMetadataSchema(data: $data){ id name kind options { id name kind } } }";
    private const string Delete = "mutation DeleteCustomMetadataSchemaPyApi($where: WhereUniqueIdInput!) { deleteCustomMetadataSchema(schema: $where){ success } }";
    private const string ReadRow = "query { dataRow(where: {globalKey: \"w-1\"}) { metadataFields { schemaId name value kind } customMetadata { schemaId value } } }";

    [Fact]
    public async Task A_renamed_field_and_option_show_their_new_names_and_a_deleted_fields_value_is_gone()
    {
        var options = new SandboxOptions
        {
            CustomMetadataFields =
            {
                new SandboxMetadataField("scratch", SandboxMetadataKind.String) { SchemaId = "cscratch00000000000000001" },
                new SandboxMetadataField("weather", SandboxMetadataKind.Enum, "sunny")
                {
                    SchemaId = "cweather00000000000000001",
                    OptionSchemaIds = new System.Collections.Generic.Dictionary<string, string> { ["sunny"] = "csunny0000000000000000001" },
                },
            },
        };
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();
        await client.ImportAsync(new JsonArray
        {
            SdkClient.Item(dataset, "https://example.com/w.jpg", "w-1", extra: p => p["metadata"] = new JsonArray
            {
                new JsonObject { ["name"] = "scratch", ["value"] = "x" },
                new JsonObject { ["name"] = "weather", ["value"] = "sunny" },
            }),
        });

        await client.ExecuteAsync(Upsert, new
        {
            data = new
            {
                id = "cweather00000000000000001", name = "sky", kind = "CustomMetadataEnum",
                options = new[] { new { id = "csunny0000000000000000001", name = "clear", kind = "CustomMetadataEnumOption" } },
            },
        });
        JsonNode deleted = await client.ExecuteAsync(Delete, new { where = new { id = "cscratch00000000000000001" } });
        JsonNode row = (await client.ExecuteAsync(ReadRow))["dataRow"]!;

        Assert.True((bool)deleted["deleteCustomMetadataSchema"]!["success"]!);
        JsonNode field = Assert.Single(row["metadataFields"]!.AsArray())!;
        Assert.Equal(("cweather00000000000000001", "sky", "csunny0000000000000000001"), ((string)field["schemaId"]!, (string)field["name"]!, (string)field["value"]!));
        Assert.Equal(["cweather00000000000000001", "csunny0000000000000000001"], row["customMetadata"]!.AsArray().Select(e => (string)e!["schemaId"]!));
        Assert.Equal(["sky"], sandbox.State.CustomMetadataFieldNames);
    }
}
