using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>
/// Streamed, the analyzer leaves row_data, attachment URLs and metadata string values in the text and decides the
/// common clean value on its characters; every value that breaks a rule must still get exactly the problems the
/// rows-kept check gives.
/// </summary>
public class ManifestValidatorStreamedTests
{
    /// <summary>
    /// The first row makes its host one Uri has accepted, and the rows-kept check runs first and teaches the hosts of the
    /// second row: the streamed check of the second row then takes the characters-only path.
    /// </summary>
    private const string KnownHostRow =
        "{\"row_data\": \"https://img.streamed.example.com/a.jpg\", \"global_key\": \"k0\", \"attachments\": "
        + "[{\"type\": \"IMAGE_OVERLAY\", \"value\": \"https://img.streamed.example.com/o.png\"}]}";

    [Theory]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.gif\"", "LBX0104")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.GIF?x=1\"", "LBX0104")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.jpg\", \"media_type\": \"VIDEO\"", "")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b\\u002egif\"", "LBX0104")]
    [InlineData("\"row_data\": \"https://s3.us-west-2.amazonaws.com/bucket/b.jpg\"", "LBX0103")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b c.jpg\"", "LBX0105")]
    [InlineData("\"row_data\": \"http://img.streamed.example.com/b.jpg\"", "LBX0102")]
    [InlineData("\"row_data\": \"\"", "LBX0101")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.jpg\", \"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"https://img.streamed.example.com/t\"}]", "")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.jpg\", \"attachments\": [{\"type\": \"IMAGE_OVERLAYS\", \"value\": \"https://img.streamed.example.com/o.png\"}]", "LBX0502")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.jpg\", \"attachments\": [{\"value\": \"https://img.streamed.example.com/o.png\"}]", "LBX0501")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.jpg\", \"attachments\": [{\"type\": \"IMAGE_OVERLAY\", \"value\": \"https://img.streamed.example.com/o p.png\"}]", "LBX0503")]
    [InlineData("\"row_data\": \"https://img.streamed.example.com/b.jpg\", \"attachments\": [{\"type\": \"IMAGE_OVERLAY\", \"value\": \"s3://bucket/o.png\"}]", "LBX0503")]
    public void StreamedRowGetsTheProblemsOfTheKeptRow(string members, string expected)
    {
        SameProblemsAsKept("[" + KnownHostRow + ",\n{" + members + ", \"global_key\": \"k1\"}]", expected, "k0", "k1");
    }

    [Theory]
    [InlineData("{\"name\": \"split\", \"value\": \"train\"}", "")]
    [InlineData("{\"name\": \"split\", \"value\": \"Train\"}", "LBX0404")]
    [InlineData("{\"name\": \"split\", \"value\": \"tr\\u0061in\"}", "")]
    [InlineData("{\"name\": \"split\", \"value\": \"cko8sbscr0003h2dk04w86hof\"}", "")]
    [InlineData("{\"schema_id\": \"cko8sbczn0002h2dkdaxb5kal\", \"value\": \"train\"}", "LBX0404")]
    [InlineData("{\"schema_id\": \"cko8sbczn0002h2dkdaxb5kal\", \"value\": \"cko8sbscr0003h2dk04w86hof\"}", "")]
    [InlineData("{\"name\": \"captureDateTime\", \"value\": \"2024-05-01T13:45:00Z\"}", "")]
    [InlineData("{\"name\": \"captureDateTime\", \"value\": \"2024-05-01T13:45:00+02:00\"}", "")]
    [InlineData("{\"name\": \"captureDateTime\", \"value\": \"2024-02-30T13:45:00Z\"}", "LBX0404")]
    [InlineData("{\"name\": \"captureDateTime\", \"value\": \"2024-05-01T13:45:00\\u005a\"}", "")]
    [InlineData("{\"name\": \"tag\", \"value\": \"a\\u00e9\"}", "")]
    public void StreamedMetadataValueGetsTheProblemsOfTheKeptRow(string entry, string expected)
    {
        SameProblemsAsKept("[{\"row_data\": \"https://img.streamed.example.com/a.jpg\", \"global_key\": \"k\", \"metadata_fields\": [" + entry + "]}]", expected, "k");
    }

    [Theory]
    [InlineData(4096, "")]
    [InlineData(4097, "LBX0405")]
    public void StreamedLongTagIsMeasuredOnItsCharacters(int length, string expected)
    {
        // Written with one escape too, whose decoded length is what counts.
        string plain = new('t', length);
        string escaped = "\\u0074" + new string('t', length - 1);
        foreach (string value in new[] { plain, escaped })
        {
            SameProblemsAsKept("[{\"row_data\": \"https://img.streamed.example.com/a.jpg\", \"global_key\": \"k\", \"metadata_fields\": [{\"name\": \"tag\", \"value\": \"" + value + "\"}]}]", expected, "k");
        }
    }

    /// <summary>
    /// Streamed, a key without escapes stays in the text and the duplicate check hashes and compares it there; an escaped
    /// key is decoded. Either way the same key, ignoring case (non-ASCII letters too), is the same duplicate at the same
    /// place with the same message, and a key that differs is none.
    /// </summary>
    [Theory]
    [InlineData("\"a\\u0041\"", "\"aA\"", "LBX0201", "a\u0041", "aA")]
    [InlineData("\"aA\"", "\"a\\u0041\"", "LBX0201", "aA", "aA")]
    [InlineData("\"Cat-1\"", "\"cAT-1\"", "LBX0201", "Cat-1", "cAT-1")]
    [InlineData("\"Ärger-é-日本\"", "\"äRGER-É-日本\"", "LBX0201", "Ärger-é-日本", "äRGER-É-日本")]
    [InlineData("\"\\u00c4rger\"", "\"äRGER\"", "LBX0201", "Ärger", "äRGER")]
    [InlineData("\"Straße\"", "\"STRASSE\"", "", "Straße", "STRASSE")]
    [InlineData("\"ıd\"", "\"Id\"", "", "ıd", "Id")]
    [InlineData("\"k-1\"", "\"k-2\"", "", "k-1", "k-2")]
    public void StreamedKeysGetTheDuplicatesOfTheKeptRows(string firstToken, string secondToken, string expected, string firstKey, string secondKey)
    {
        string Row(string token) => "{\"row_data\": \"https://img.streamed.example.com/a.jpg\", \"global_key\": " + token + "}";
        string text = "[" + Row(firstToken) + ",\n" + Row("\"other\"") + ",\n" + Row(secondToken) + "]";
        SameProblemsAsKept(text, expected, firstKey, "other", secondKey);
        Checked kept = Lbx.Check(text);
        if (expected.Length > 0)
        {
            Lbx.IsAt(kept.Problems[0], "LBX0201", text, secondToken, "global_key '" + secondKey + "' is already used by the row at line 1, column ");
        }
    }

    private static void SameProblemsAsKept(string text, string expected, params string[] keys)
    {
        Checked kept = Lbx.Check(text);
        Assert.Equal(expected.Length == 0 ? [] : new[] { expected }, kept.Ids);

        var (problems, streamedKeys) = Lbx.CheckStreamed(text);
        Assert.Equal(Show(kept.Problems), Show(problems));
        Assert.Equal(keys, streamedKeys.Select(k => k.Key));
        Assert.Equal(keys, streamedKeys.Select(k => k.KeySpan.ToString()));
    }

    private static string[] Show(IReadOnlyList<Problem> problems) =>
        problems.Select(p => p.Rule.Id + "@" + p.Start + ":" + p.Length + " " + p.Message + " fix=" + p.Fix).ToArray();
}
