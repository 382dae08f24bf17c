using System;
using System.Text;

namespace ManifestGen.Rules.Tests.TestSupport;

/// <summary>Random sequences of JSON and manifest tokens: mostly invalid, often nearly valid.</summary>
internal static class JsonSoup
{
    private static readonly string[] Tokens =
    {
        "[", "]", "{", "}", ",", ":", " ", "\n", "null", "true", "false", "0", "-1.5e3", "01", "1.", "\"",
        "\"row_data\"", "\"global_key\"", "\"media_type\"", "\"metadata_fields\"", "\"attachments\"", "\"rows\"", "\"name\"",
        "\"schema_id\"", "\"value\"", "\"type\"", "\"https://cdn.example.com/a.jpg\"", "\"http://x.com/a.gif\"", "\"s3://b/k.jpg\"",
        "\"IMAGE\"", "\"image\"", "\"RAW_TEXT\"", "\"tag\"", "\"split\"", "\"train\"", "\"cko8sbscr0003h2dk04w86hof\"",
        "\"captureDateTime\"", "\"2024-13-01\"", "\"\"", "\"a\\u00e9\\n\"", "\"\\x\"", "\"\\uD800\"", "[1,2,3]", "1e999",
        "\uFEFF", "\u0000", "\uD800", "\"k k\"", "\" \"", "{\"name\": \"tag\", \"value\": \"v\"}",
    };

    public static string Make(Random random, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Append(Tokens[random.Next(Tokens.Length)]);
        }

        return sb.ToString();
    }

    public static string Make(int[] picks)
    {
        var sb = new StringBuilder();
        foreach (int pick in picks)
        {
            sb.Append(Tokens[(int)((uint)pick % (uint)Tokens.Length)]);
        }

        return sb.ToString();
    }
}
