using System;
using System.Globalization;
using System.Text;

namespace ManifestGen.Benchmarks;

/// <summary>
/// Deterministic `.lbx.json` manifests in the Labelbox import-array form, shaped like the seed's
/// examples: https row_data (Google Cloud Storage and virtual-hosted S3), a unique global key,
/// "media_type": "IMAGE", the reserved metadata fields and one or two attachments. Every row is
/// valid, so a validator over it takes the clean path. Shared by the benchmarks that need a
/// realistic manifest.
/// </summary>
internal static class ManifestCorpus
{
    private static readonly string[] Splits = { "train", "valid", "test" };

    private static readonly string[] S3Regions = { "us-west-1", "us-east-2", "eu-central-1", "ap-southeast-2" };

    /// <summary>The manifest text of <paramref name="rows"/> rows; the same seed gives the same text.</summary>
    public static string Generate(int rows, int seed = 20260101)
    {
        var random = new Random(seed);
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        // About 560 characters a row, pretty-printed like a file written by hand or by json.dump(indent=2).
        var sb = new StringBuilder(rows * 600 + 16);
        sb.Append("[\n");
        for (int i = 0; i < rows; i++)
        {
            string extension = random.Next(4) == 0 ? "png" : "jpg";
            string rowData = random.Next(2) == 0
                ? "https://storage.googleapis.com/labelbox-datasets/image_sample_data/image-sample-" + Id(i) + "." + extension
                : "https://lb-test-data-" + random.Next(8).ToString(CultureInfo.InvariantCulture) + ".s3."
                    + S3Regions[random.Next(S3Regions.Length)] + ".amazonaws.com/image-samples/sample-image-" + Id(i) + "." + extension;
            // Seed rows use the URL itself as the key, or a generated id; both forms are unique here.
            string globalKey = random.Next(2) == 0 ? rowData : "img-" + Id(i) + "-" + random.Next(0x10000000).ToString("x7", CultureInfo.InvariantCulture);
            string captured = start.AddSeconds(random.Next(0, 2 * 365 * 24 * 3600)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

            sb.Append("  {\n");
            sb.Append("    \"row_data\": \"").Append(rowData).Append("\",\n");
            sb.Append("    \"global_key\": \"").Append(globalKey).Append("\",\n");
            sb.Append("    \"media_type\": \"IMAGE\",\n");
            sb.Append("    \"metadata_fields\": [\n");
            sb.Append("      {\"schema_id\": \"cko8s9r5v0001h2dk9elqdidh\", \"value\": \"batch-").Append((i / 1000).ToString(CultureInfo.InvariantCulture)).Append("\"},\n");
            sb.Append("      {\"name\": \"split\", \"value\": \"").Append(Splits[random.Next(Splits.Length)]).Append("\"},\n");
            sb.Append("      {\"name\": \"captureDateTime\", \"value\": \"").Append(captured).Append("\"}\n");
            sb.Append("    ],\n");
            sb.Append("    \"attachments\": [\n");
            sb.Append("      {\"type\": \"IMAGE_OVERLAY\", \"value\": \"https://storage.googleapis.com/labelbox-sample-datasets/overlays/rgb-")
                .Append(Id(i)).Append(".jpg\", \"name\": \"RGB\"}");
            if (random.Next(2) == 0)
            {
                sb.Append(",\n      {\"type\": \"TEXT_URL\", \"value\": \"https://storage.googleapis.com/labelbox-sample-datasets/Docs/text_attachment.txt\"}");
            }

            sb.Append("\n    ]\n");
            sb.Append(i == rows - 1 ? "  }\n" : "  },\n");
        }

        sb.Append("]\n");
        return sb.ToString();
    }

    /// <summary>The manifest as a file holds it: UTF-8 without a byte order mark.</summary>
    public static byte[] ToUtf8(string manifest) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifest);

    private static string Id(int i) => i.ToString("D6", CultureInfo.InvariantCulture);
}
