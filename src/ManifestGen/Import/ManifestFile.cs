using System.Text.Json;
using ManifestGen.Json;

namespace ManifestGen.Import;

/// <summary>The upload manifest that names a task's chunks: <c>{"source":"SDK","item_count","chunk_uris"}</c> (§3.4).</summary>
internal static class ManifestFile
{
    public static byte[] Create(long itemCount, System.Collections.Generic.IEnumerable<string> chunkUris)
    {
        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
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
            }

            return buffer.WrittenMemory.ToArray();
        }
        finally
        {
            buffer.Release();
        }
    }
}
