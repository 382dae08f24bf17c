using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Tests.TestSupport;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>Whatever a file holds, reading it ends in diagnostics, never in an exception.</summary>
public class ManifestParserHostileInputTests
{
    [Fact]
    public void EveryPrefixOfAValidArrayManifestIsOneSyntaxError() =>
        AssertEveryPrefixIsOneSyntaxError(TestFiles.Read("seed-standard-url.lbx.json").TrimEnd());

    [Fact]
    public void EveryPrefixOfAValidEnvelopeManifestIsOneSyntaxError() =>
        AssertEveryPrefixIsOneSyntaxError(
            "{\"$schema\": \"s\", \"name\": \"Cats\", \"dataset\": null, \"rows\": [{\"row_data\": \"https://a.com/a.jpg\", \"global_key\": \"caf\\u00e9\", "
            + "\"metadata_fields\": [{\"name\": \"clip\", \"value\": [1.5e-3, -2, 0]}, {\"name\": \"quality\", \"value\": \"good\"}, "
            + "{\"schema_id\": \"" + Schemas.ExposureId + "\", \"value\": -0.5E+2}], "
            + "\"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"a\\\"b\\\\c\"}]}, null]}",
            Schemas.Custom());

    private static void AssertEveryPrefixIsOneSyntaxError(string manifest, MetadataSchema? schema = null)
    {
        Assert.Empty(Lbx.Check(manifest, schema).Problems);
        for (int length = 0; length < manifest.Length; length++)
        {
            string prefix = manifest.Substring(0, length);
            Checked result = Lbx.Check(prefix, schema);
            Problem[] errors = result.Problems.Where(p => p.Rule.Severity == RuleSeverity.Error).ToArray();
            Assert.True(errors.Length == 1 && errors[0].Rule.Id == "LBX0001", "prefix of " + length + ": " + result.Dump());
            Assert.False(result.Document.Complete);
            Assert.DoesNotContain("LBX0006", result.Ids);
        }
    }

    [Fact]
    public void RandomCharactersNeverThrow()
    {
        var random = new Random(20260101);
        for (int i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x10000);
            }

            Lbx.Check(new string(chars));
        }
    }

    [Fact]
    public void RandomBytesDecodedEitherWayNeverThrow()
    {
        var random = new Random(7);
        for (int i = 0; i < 1000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            Lbx.Check(Encoding.UTF8.GetString(bytes));
            Lbx.Check(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void RandomJsonTokenSoupNeverThrows()
    {
        var random = new Random(42);
        for (int i = 0; i < 3000; i++)
        {
            Lbx.Check(JsonSoup.Make(random, random.Next(0, 40)));
        }
    }

    [Fact]
    public void RandomEditsOfAValidManifestNeverThrow()
    {
        string manifest = TestFiles.Read("seed-delegated-access-url.lbx.json");
        var random = new Random(99);
        const string alphabet = "[]{}:,\"\\ \n0-1.eE+tfnul\u0000\uD800\uDC00é/";
        for (int i = 0; i < 1500; i++)
        {
            var sb = new StringBuilder(manifest);
            for (int edits = random.Next(1, 6); edits > 0 && sb.Length > 0; edits--)
            {
                int at = random.Next(0, sb.Length);
                switch (random.Next(3))
                {
                    case 0: sb.Remove(at, 1); break;
                    case 1: sb.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: sb[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            Lbx.Check(sb.ToString());
        }
    }

    [Fact]
    public void AThousandDeepArrayIsOverLimitNotAStackOverflow()
    {
        Checked open = Lbx.Check(new string('[', 1000));
        Assert.Equal(new[] { "LBX0007" }, open.Ids);
        Lbx.Is(open.Problems[0], "LBX0007", 64, 1);

        Checked closed = Lbx.Check(new string('[', 1000) + new string(']', 1000));
        Assert.Equal(new[] { "LBX0007" }, closed.Ids);

        Checked objects = Lbx.Check(string.Concat(Enumerable.Repeat("{\"rows\":", 1000)));
        Assert.Equal(new[] { "LBX0007" }, objects.Ids);
    }

    [Fact]
    public void FiftyMegabytesOfValidRowsThenGarbageIsOneSyntaxErrorAtTheGarbage()
    {
        string padding = new string('x', 2000);
        var sb = new StringBuilder(52_000_000).Append('[');
        int rows = 0;
        while (sb.Length < 50_000_000)
        {
            string n = rows.ToString(CultureInfo.InvariantCulture);
            sb.Append("{\"row_data\": \"https://cdn.example.com/i/").Append(n).Append(".jpg\", \"global_key\": \"k").Append(n)
              .Append("\", \"external_id\": \"").Append(padding).Append("\"},\n");
            rows++;
        }

        int garbageAt = sb.Length;
        sb.Append("\u0000\uFFFF}{garbage");

        // Parser and validator directly: a line map of 50 MB would only slow the test down.
        var sink = new ProblemSink();
        ManifestDocument doc = ManifestParser.Parse(sb.ToString(), sink);
        ManifestValidator.Validate(Lbx.Path, doc, MetadataSchema.ReservedOnly, sink, o => "offset " + o);
        Problem p = Assert.Single(sink.Problems);
        Lbx.Is(p, "LBX0001", garbageAt, 1, "expected a value but found U+0000");
        Assert.Equal(rows, doc.Rows.Count);
        Assert.False(doc.Complete);
    }

    [Fact]
    public void TextOverTheSizeLimitIsOverLimitAtZeroWithoutBeingRead()
    {
        string text = new string('[', ManifestLimits.MaxChars + 1);
        var sink = new ProblemSink();
        ManifestDocument doc = ManifestParser.Parse(text, sink);
        Problem p = Assert.Single(sink.Problems);
        Lbx.Is(p, "LBX0007", 0, 0, "The file has 100,000,001 characters and a manifest may have at most 100,000,000; split it into several manifests");
        Assert.False(doc.Complete);
        Assert.Empty(doc.Rows);
        ManifestValidator.Validate(Lbx.Path, doc, MetadataSchema.ReservedOnly, sink, o => "");
        Assert.Single(sink.Problems);
    }

    [Fact]
    public void LoneSurrogatesAreReportedNotThrown()
    {
        // In any string, escaped or not: the first one is the file's syntax error, at that half.
        Checked inValues = Lbx.Check("[{\"row_data\": \"https://a.com/a.jpg\", \"global_key\": \"k\", \"external_id\": \"x\uDC00\","
            + " \"metadata_fields\": [{\"name\": \"tag\", \"value\": \"\uD800\"}]}]");
        Assert.Equal(new[] { "LBX0001" }, inValues.Ids);
        Lbx.IsAt(inValues.Problems[0], "LBX0001", inValues.Text, "\uDC00", "U+DC00 is half of a UTF-16 surrogate pair, alone");

        Checked inNames = Lbx.Check("[{\"\uD800\": 1}]");
        Assert.Equal(new[] { "LBX0001" }, inNames.Ids);

        Checked outside = Lbx.Check("[\uD800]");
        Assert.Equal(new[] { "LBX0001" }, outside.Ids);
        Lbx.Is(outside.Problems[0], "LBX0001", 1, 1, "expected a value but found U+D800");

        Checked escaped = Lbx.Check("[{\"row_data\": \"https://a.com/a.jpg\", \"global_key\": \"k\",\n \"attachments\": [{\"type\": \"RAW_TEXT\", \"value\": \"\\ud800\"}]}]");
        Assert.Equal(new[] { "LBX0001" }, escaped.Ids);
        Lbx.IsAt(escaped.Problems[0], "LBX0001", escaped.Text, "\\", "'\\ud800' is half of a UTF-16 surrogate pair, alone");
        Assert.Equal((2, 49), new LineMap(escaped.Text).Locate(escaped.Problems[0].Start));
    }

    [Fact]
    public void ManyProblemsAreCappedAndTheBuildStillFails()
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(i == 0 ? "" : ",").Append("{\"row_data\": \"http://a.com/").Append(i).Append(".jpg\", \"global_key\": \"k\"}");
        }

        Checked result = Lbx.Check(sb.Append(']').ToString());
        Assert.Equal(ProblemSink.Limit + 1, result.Problems.Count);
        Assert.Equal("LBX0007", result.Problems[ProblemSink.Limit].Rule.Id);
        Assert.True(result.Sink.Truncated);
        Assert.True(result.Sink.HasErrors);
    }
}
