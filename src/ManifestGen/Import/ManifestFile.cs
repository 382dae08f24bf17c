using System.Collections.Generic;
using ManifestGen.Json;

namespace ManifestGen.Import;

/// <summary>The upload manifest that names a task's chunks: <c>{"source":"SDK","item_count","chunk_uris"}</c> (§3.4).</summary>
internal static class ManifestFile
{
    public static byte[] Create(long itemCount, IEnumerable<string> chunkUris) => JsonBytes.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("source", "SDK");
        writer.WriteNumber("item_count", itemCount);
        writer.WriteStartArray("chunk_uris");
        foreach (string uri in chunkUris)
        {
            writer.WriteStringValue(uri);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
