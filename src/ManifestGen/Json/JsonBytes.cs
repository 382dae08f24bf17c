using System;
using System.Text.Json;

namespace ManifestGen.Json;

/// <summary>Small JSON documents written straight to a byte array (request bodies, upload manifests).</summary>
internal static class JsonBytes
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            return buffer.WrittenMemory.ToArray();
        }
        finally
        {
            buffer.Release();
        }
    }
}
