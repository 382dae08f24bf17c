using System;
using System.Text.Json;
using ManifestGen.Json;

namespace ManifestGen.Client;

/// <summary>The JSON bodies the client sends: <c>{"query","variables"}</c> and the upload's multipart fields.</summary>
internal static class GraphQlBodies
{
    public const string UploadMap = "{\"1\": [\"variables.file\"]}";

    public static byte[] Request(string query, Action<Utf8JsonWriter>? writeVariables) => JsonBytes.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("query", query);
        writer.WriteStartObject("variables");
        writeVariables?.Invoke(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The <c>operations</c> field of an upload (§1.1).</summary>
    public static byte[] UploadOperations(long contentLength) => JsonBytes.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("variables");
        writer.WriteNull("file");
        writer.WriteNumber("contentLength", contentLength);
        writer.WriteBoolean("sign", false);
        writer.WriteEndObject();
        writer.WriteString("query", GraphQlOperations.UploadFile);
        writer.WriteEndObject();
    });
}
