using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ManifestGen.Cli.Terminal;
using Spectre.Console;

namespace ManifestGen.Cli.Reports;

/// <summary>Writes one indented JSON document to the console's raw output (the JSON and SARIF reports).</summary>
internal static class JsonOutput
{
    public static void Write(IAnsiConsole console, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // Messages quote values ('http://…'); the output is a file, never HTML, so keep them readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        console.Raw().WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
