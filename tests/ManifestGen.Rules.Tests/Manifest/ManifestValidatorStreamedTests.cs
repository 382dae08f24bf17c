using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>
/// Streamed, the analyzer leaves row_data and attachment URLs in the text and decides a plainly clean one on its
/// characters; every URL that breaks a rule must still get exactly the problems the rows-kept check gives.
/// </summary>
public class ManifestValidatorStreamedUrlTests
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
        string text = "[" + KnownHostRow + ",\n{" + members + ", \"global_key\": \"k1\"}]";
        Checked kept = Lbx.Check(text);
        Assert.Equal(expected.Length == 0 ? [] : new[] { expected }, kept.Ids);

        var (problems, keys) = Lbx.CheckStreamed(text);
        Assert.Equal(Show(kept.Problems), Show(problems));
        Assert.Equal(new[] { "k0", "k1" }, keys.Select(k => k.Key));
    }

    private static string[] Show(IReadOnlyList<Problem> problems) =>
        problems.Select(p => p.Rule.Id + "@" + p.Start + ":" + p.Length + " " + p.Message + " fix=" + p.Fix).ToArray();
}
