using System.IO;
using System.Linq;
using ManifestGen.Cli.Tests.Infrastructure;
using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Cli.Tests;

/// <summary>lbx validate prints exactly what the build's analyzer reports for the same files.</summary>
public class AnalyzerParityTests
{
    private static readonly (string Path, string Text)[] Project =
    {
        ("data/a.lbx.json",
            "{\n  \"nmae\": \"Cats\",\n  \"rows\": [\n"
            + "    {\"row_data\": \"https://s3.us-west-1.amazonaws.com/bucket/cat 1.jpg\", \"global_key\": \"bad  key\", \"media_type\": \"IMAGES\"},\n"
            + "    {\"row_data\": \"gs://bucket/cat.png\", \"global_key\": \"shared\", \"metadata_fields\": [{\"name\": \"camra\", \"value\": \"x\"}, {\"name\": \"split\", \"value\": \"tran\"}]},\n"
            + "    {\"row_data\": \"https://example.com/c.gif\", \"global_key\": \"shared\", \"attachments\": [{\"type\": \"IMAGE_OVERLAI\", \"value\": \"x\"}, {\"type\": \"RAW_TEXT\", \"value\": \"\"}]},\n"
            + "    {\"row_data\": \"example.com/d.jpg\", \"metadata_fields\": [{\"name\": \"captureDateTime\", \"value\": \"yesterday\"}, {\"name\": \"lens\", \"value\": \"wide\"}]}\n"
            + "  ]\n}\n"),
        // CRLF line ends and a U+2028 inside a string: positions after them must agree with Roslyn's.
        ("data/b.lbx.json",
            "[\r\n  {\"row_data\": \"https://example.com/e.jpg\", \"global_key\": \"SHARED\", \"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"one\u2028two\"}]},\r\n"
            + "  {\"row_data\": \"http://example.com/f.jpg\", \"global_key\": \"f\"}\r\n]\r\n"),
        ("data/empty.lbx.json", "[]"),
        ("data/broken.lbx.json", "[{\"row_data\": \"https://example.com/g.jpg\",,]"),
        ("labelbox.metadata.json",
            "{\n  \"fields\": [\n    {\"name\": \"camera\", \"kind\": \"string\"},\n    {\"name\": \"tag\", \"kind\": \"string\"},\n    {\"name\": \"lens\", \"kind\": \"enum\"}\n  ]\n}\n"),
    };

    [Fact]
    public void Validate_PrintsTheAnalyzersDiagnostics_LineForLine()
    {
        using var folder = new TempFolder();
        foreach (var (path, text) in Project)
        {
            folder.Write(path, text);
        }

        var result = Lbx.Run(folder.Path, "validate");

        string prefix = folder.Path + Path.DirectorySeparatorChar;
        string[] analyzer = AnalyzerRunner.Format(AnalyzerRunner.Run(AnalyzerRunner.InProject(prefix), Project.Select(f => (prefix + f.Path, f.Text)).ToArray()))
            .Select(line => line.Substring(prefix.Length))
            .ToArray();
        DiagnosticAssert.Lines(analyzer, result.Diagnostics);
        Assert.Equal(1, result.ExitCode);
        // The comparison means something only if it covers many rules, in every file.
        Assert.True(analyzer.Select(l => l.Split(' ')[2]).Distinct().Count() >= 15, string.Join("\n", analyzer));
        Assert.All(Project, f => Assert.Contains(analyzer, l => l.StartsWith(f.Path + "(", System.StringComparison.Ordinal)));
        Assert.Contains(analyzer, l => l.Contains("LBX0201: global_key 'SHARED' is already used by the row at data/a.lbx.json(", System.StringComparison.Ordinal));
    }
}
