using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ManifestGen.Generator.Tests.Infrastructure;
using ManifestGen.Sandbox;

namespace ManifestGen.Sandbox.Tests.Reading;

/// <summary>
/// Items that the SDK never writes but a client may: escapes in names and values, repeated and unknown fields, text that
/// is not UTF-8, odd metadata and attachments. Every row's outcome (the row stored, or the failure and its message) is
/// kept in a snapshot, so that a change to how chunks are read shows as a difference in what the sandbox answers.
/// </summary>
public sealed class OddItemTests
{
    // {D} is the dataset id, {E} the same with its first character escaped, {Tag} and the like the reserved fields' and the
    // train option's schema ids; <FF> is a byte that is not UTF-8.
    private static readonly string[] Items =
    [
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/1.jpg","global_key":"k01","dataset_id":"{D}"}}""",
        """{"i\u0064":{"typ\u0065":"AUTO","valu\u0065":""},"payload":{"row_\u0064ata":"https://example.com/2.jpg","global\u005fkey":"k02","dataset_id":"{D}","media_typ\u0065":"IMAGE"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https:\/\/example.com\/3.jpg","global_key":"k\u00303","dataset_id":"{E}","media_type":"IM\u0041GE","external_id":"ext\u002d3"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/first.jpg","global_key":"first","row_data":"https://example.com/4.jpg","global_key":"k04","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/5.jpg","global_key":"k05","dataset_id":"{D}","colour":"red","sh\u0061pe":"round"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/6.jpg","global_key":"k06","dataset_id":"{D}","bad\ud800":1}}""",
        "{\n  \"id\" : { \"type\" : \"AUTO\" , \"value\" : \"\" } ,\n\t\"payload\" : {\r\n \"row_data\" : \"https://example.com/7.jpg\" , \"global_key\" : \"k07\" , \"dataset_id\" : \"{D}\" ,\n \"attachments\" : [ { \"type\" : \"RAW_TEXT\" , \"value\" : \"seven\" } ] }\n}",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/8.jpg","global_key":"k08","dataset_id":"{D}","attachments":[{"t\u0079pe":"IMAGE_OVERLAY","value":"https:\/\/example.com\/o.png","n\u0061me":"R\u0047B"},{"type":"IMAGE_OVERL\u0041Y","value":"https://example.com/p.png","name":"RGB"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/9.jpg","global_key":"k09","dataset_id":"{D}","attachments":[{"type":"PDF","value":"https://example.com/a.pdf"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/10.jpg","global_key":"k10","dataset_id":"{D}","attachments":[{"type":"RAW_TEXT","value":""}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/11.jpg","global_key":"k11","dataset_id":"{D}","attachments":{"type":"RAW_TEXT"}}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/12.jpg","global_key":"k12","dataset_id":"{D}","attachments":[1,{"type":"RAW_TEXT","value":"x"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/13.jpg","global_key":"k13","dataset_id":"{D}","metadata_fields":[{"schem\u0061Id":"{Tag}","value":"b\u0061tch"},{"schemaId":"c\u006bo8sbczn0002h2dkdaxb5kal","value":{   }},{"schemaId":"{Train}","value":{}}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/14.jpg","global_key":"k14","dataset_id":"{D}","metadata":[{"name":"tag","value":"by name"},{"name":"spl\u0069t","value":"train"},{"schema_id":"{Capture}","value":"2011-11-04T00:05:23Z"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/15.jpg","global_key":"k15","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Tag}"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/16.jpg","global_key":"k16","dataset_id":"{D}","metadata_fields":[{"schemaId":"cnope00000000000000000000","value":"x"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/17.jpg","global_key":"k17","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Split}","value":{"a":1}}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/18.jpg","global_key":"k18","dataset_id":"{D}","metadata":[{"name":"split","value":"nope"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/19.jpg","global_key":"k19","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Split}","value":{}}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/20.jpg","global_key":"k20","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Tag}","value":"a"},{"schemaId":"{Tag}","value":"b"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/21.jpg","global_key":"k21","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Capture}","value":"yesterday"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/22.jpg","global_key":"k22","dataset_id":"{D}","metadata_fields":["tag"]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/23.jpg","global_key":"k23","dataset_id":"{D}","metadata_fields":"tag"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":{"a": 1, "b":[true,null,"\u00e9"]},"global_key":"k24","dataset_id":"{D}","media_type":"TEXT"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":5,"global_key":"k25","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"http://example.com/26.jpg","global_key":"k26","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"s3://bucket/27.jpg","global_key":"k27","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"photo-28.jpg","global_key":"k28","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/29.jpg","global_key":"k29","dataset_id":"{D}","media_type":"PHOTO"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/30.jpg","global_key":"k30\u0001","dataset_id":"{D}"}}""",
        """{"id":"k31","payload":{"row_data":"https://example.com/31.jpg","global_key":"k31","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":[]}""",
        """{"id":{"type":"GKEY","value":"zzz"},"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/33.jpg","global_key":"k33","dataset_id":"{D}"}}""",
        """{"id":{"type":"GKEY","value":"k34"},"payload":{"row_data":"https://example.com/34.jpg","global_key":"k34","dataset_id":"{D}"}}""",
        """{"id":{"type":"WHAT","value":"k35"},"payload":{"row_data":"https://example.com/35.jpg","global_key":"k35","dataset_id":"{D}"}}""",
        """{"id":{"type":"GK\u0045Y","value":"k\u00336"},"payload":{"row_data":"https://example.com/36.jpg","global_key":"k36","dataset_id":"{D}"}}""",
        """{"id":{"type":"GKEY","value":"k37\ud800"},"payload":{"row_data":"https://example.com/37.jpg","global_key":"k37","dataset_id":"{D}"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/38.jpg","global_key":"k38","dataset_id":"{D}","external_id":"e<FF>38"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/39.jpg","global_key":"k39","dataset_id":"{D}","attachments":[{"type":"RAW_TEXT","value":"v","name":"n<FF>"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/40.jpg","global_key":"k40","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Tag}","value":"t<FF>"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/41.jpg","global_key":"k41","dataset_id":"{D}","media_type":"\ud800"}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/42.jpg","global_key":"k42","dataset_id":5}}""",
        """5""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/44.jpg","global_key":null,"external_id":"k44","dataset_id":"{D}","attachments":null,"metadata_fields":null,"metadata":null}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/45.jpg","global_key":"k45","dataset_id":"{D}","attachments":[{"type":"RAW_TEXT","value":"\ud800"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/46.jpg","global_key":"k46","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Split}","value":"Tr\u0061in"},{"name":"tag","schemaId":"{Tag}","value":"both"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/47.jpg","global_key":"k47","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Tag}","value":5}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/48.jpg","global_key":"k48","dataset_id":"{D}","metadata":[{"name":"ta\ud800","value":"x"}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/49.jpg","global_key":"k49","dataset_id":"{D}","attachments":[{"type":"RAW_TEXT","value":"a","value":"b","name":"x","name":null}]}}""",
        """{"id":{"type":"AUTO","value":""},"payload":{"row_data":"https://example.com/50.jpg","global_key":"k50","dataset_id":"{D}","metadata_fields":[{"schemaId":"{Tag}","value":"batch"},{"schemaId":"{Split}","value":{}},{"schemaId":"{Train}","value":{}}]}}""",
    ];

    [Fact]
    public async Task Odd_items_are_stored_or_refused_as_the_snapshot_says()
    {
        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync();
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();
        string escaped = "\\u" + ((int)dataset[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + dataset[1..];

        var chunk = new List<byte>("["u8.ToArray());
        for (int i = 0; i < Items.Length; i++)
        {
            string item = Items[i].Replace("{D}", dataset).Replace("{E}", escaped).Replace("{Tag}", LabelboxMetadata.Tag.SchemaId)
                .Replace("{Split}", LabelboxMetadata.Split.SchemaId).Replace("{Train}", LabelboxMetadata.SplitOption.Train.SchemaId)
                .Replace("{Capture}", LabelboxMetadata.CaptureDateTime.SchemaId);
            string[] parts = item.Split("<FF>");
            for (int p = 0; p < parts.Length; p++)
            {
                chunk.AddRange(p > 0 ? [0xFF] : []);
                chunk.AddRange(Encoding.UTF8.GetBytes(parts[p]));
            }

            chunk.Add(i < Items.Length - 1 ? (byte)',' : (byte)']');
        }

        string uri = await client.UploadAsync(chunk.ToArray(), "json_import.json", "application/json");
        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(Items.Length, uri) }))["upsertDataRows"]!;
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

        var outcome = new StringBuilder("status: " + (string)task["status"]! + " " + task["errors"]?.ToJsonString() + "\n\nfailed:\n");
        foreach (JsonNode? failure in await client.FailedRowsAsync((string)task["id"]!))
        {
            outcome.Append("- ").Append((string)failure!["message"]!).Append("\n  ").Append(failure["spec"]!.ToJsonString()).Append('\n');
        }

        outcome.Append("\nstored:\n");
        foreach (SandboxDataRow row in sandbox.State.DataRows.OrderBy(r => r.GlobalKey ?? r.ExternalId, StringComparer.Ordinal))
        {
            outcome.Append("- ").Append(row.GlobalKey).Append(" | ").Append(row.ExternalId).Append(" | ").Append(row.MediaType).Append(" | ").Append(row.RowData)
                .Append("\n  metadata: ").AppendJoin("; ", row.Metadata.Select(m => m.Name + "=" + m.Value))
                .Append("\n  attachments: ").AppendJoin("; ", row.Attachments.Select(a => a.Type + " " + a.Value + " " + (a.Name ?? "(no name)"))).Append('\n');
        }

        Snapshot.Verify(outcome.ToString(), "outcome", "txt");
    }

    [Fact]
    public async Task A_large_ontology_finds_its_fields_by_id_and_by_name_escaped_or_not()
    {
        // 200 custom fields: more than a handful, so the ontology's lookups are put to work beyond its first entries.
        var options = new SandboxOptions();
        for (int i = 0; i < 200; i++)
        {
            options.CustomMetadataFields.Add(new SandboxMetadataField("field " + i, SandboxMetadataKind.String) { SchemaId = "clfield" + i.ToString("D18", System.Globalization.CultureInfo.InvariantCulture) });
        }

        await using LabelboxSandbox sandbox = await LabelboxSandbox.StartAsync(options);
        using var client = new SdkClient(sandbox);
        string dataset = await client.CreateDatasetAsync();
        string chunk = "[" + string.Join(",",
            Row("by-id", """{"schemaId":"clfield000000000000000150","value":"a"}"""),
            Row("by-escaped-id", """{"schemaId":"clfield00000000000000019\u0039","value":"b"}"""),
            Row("by-name", """{"name":"field 7","value":"c"}"""),
            Row("by-escaped-name", """{"name":"field\u00201","value":"d"}"""),
            Row("unknown", """{"name":"field 200","value":"e"}""")) + "]";
        string uri = await client.UploadAsync(Encoding.UTF8.GetBytes(chunk), "json_import.json", "application/json");
        JsonNode started = (await client.ExecuteAsync(SdkClient.UpsertQuery, new { manifestUri = await client.UploadManifestAsync(5, uri) }))["upsertDataRows"]!;
        JsonNode task = await client.WaitForTaskAsync((string)started["id"]!);

        Assert.Equal("COMPLETE", (string)task["status"]!);
        Assert.Equal("There is no metadata with name 'field 200'", (string)Assert.Single(await client.FailedRowsAsync((string)task["id"]!))!["message"]!);
        Assert.Equal(
            ["by-id field 150=a", "by-escaped-id field 199=b", "by-name field 7=c", "by-escaped-name field 1=d"],
            sandbox.State.DataRows.Select(r => r.GlobalKey + " " + Assert.Single(r.Metadata).Name + "=" + r.Metadata[0].Value));

        string Row(string key, string entry) =>
            "{\"id\":{\"type\":\"AUTO\",\"value\":\"\"},\"payload\":{\"row_data\":\"https://example.com/" + key + ".jpg\",\"global_key\":\""
            + key + "\",\"dataset_id\":\"" + dataset + "\",\"metadata\":[" + entry + "]}}";
    }
}
