using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ManifestGen.GeneratedCode;
using ManifestGen.Json;

namespace ManifestGen.Tests.GeneratedCode;

/// <summary>
/// The bulk writer's compact buffer writes byte for byte what a compact <see cref="Utf8JsonWriter"/> with
/// the import file's options writes: for every ASCII character, for text that needs escaping, for
/// numbers, and for whole rows described to both sinks. Half a surrogate pair, which the writer would
/// write as U+FFFD, is refused by both, naming the member.
/// </summary>
public class ImportJsonBufferTests
{
    private static string ViaWriter(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ImportJsonWriter.Options(indented: false)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ViaBuffer(Action<ImportJsonBuffer> write)
    {
        using var buffer = new ImportJsonBuffer(indented: false);
        write(buffer);
        return Encoding.UTF8.GetString(buffer.Written().Span);
    }

    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>
        {
            "",
            "https://example.com/images/photo-1.jpg?x=1&y=<2>",
            "caf\u00e9 \u65e5\u672c",
            "pair \U0001F600",
            "line\u2028separator",
            "unassigned \u0378",
            "\u007f and \u0080",
            new string('a', 300) + "\"",
            "\U0001F600 pairs \U0001F600",
        };
        for (char c = '\0'; c < 128; c++)
        {
            texts.Add("a" + c + "b");
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void String_IsWhatTheWriterWrites(string text) =>
        Assert.Equal(ViaWriter(w => w.WriteStringValue(text)), ViaBuffer(b => b.String(text, "Row.Caption")));

    // A Fact, not a Theory: xUnit's test-case serialization would replace the lone surrogates with U+FFFD.
    [Fact]
    public void String_WithALoneSurrogate_IsRefusedNamingTheMember()
    {
        var cases = new (string Text, string Where)[]
        {
            ("lone \ud800", "U+D800) at position 6"),
            ("\udfff", "U+DFFF) at position 1"),
            ("caf\u00e9 \U0001F600 \udc00 x", "U+DC00) at position 9"),
            ("\ud800\ud800\udc00", "U+D800) at position 1"),
            ("pair \U0001F600 then \ud83d", "U+D83D) at position 14"),
        };
        foreach (var (text, where) in cases)
        {
            string expected = "Row.Caption holds a lone surrogate (" + where + " (counting UTF-16 code units), which UTF-8 cannot carry; it was not written rather than written altered.";
            using var buffer = new ImportJsonBuffer(indented: false);
            Assert.Equal(expected, Assert.Throws<InvalidOperationException>(() => buffer.String(text, "Row.Caption")).Message);
        }
    }

    [Fact]
    public void EveryStringOfARow_WithALoneSurrogate_IsRefusedByBothSinks_NamingItsMember()
    {
        const string Lone = "a\ud800";
        MetadataKey tag = MetadataKey.Create("tag", null, "Row.Tag");
        AttachmentKey notes = AttachmentKey.Create(AttachmentType.RawText, null, "Row.Notes");
        var cases = new (string Member, Action<IDataRowSink> Describe)[]
        {
            ("Row.Url", sink => sink.RowData(Lone, "Row.Url")),
            ("Row.Key", sink => sink.GlobalKey(Lone, "Row.Key")),
            ("Row.Tag", sink => sink.Metadata(tag, Lone)),
            ("Row.Tag", sink => sink.Metadata(tag, new TestOption(Lone, null))),
            ("Row.Notes", sink => sink.Attachment(notes, Lone)),
        };
        foreach (var (member, describe) in cases)
        {
            void Row(IDataRowSink sink)
            {
                if (member != "Row.Url")
                {
                    sink.RowData("a.png", "Row.Url");
                }

                describe(sink);
            }

            string expected = member + " holds a lone surrogate (U+D800) at position 2 (counting UTF-16 code units), which UTF-8 cannot carry; it was not written rather than written altered.";
            Assert.Equal(expected, Assert.Throws<InvalidOperationException>(() => ViaWriter(w => Row(new DataRowJsonSink(w)))).Message);
            Assert.Equal(expected, Assert.Throws<InvalidOperationException>(() => ViaBuffer(b => Row(new DataRowBufferSink(b)))).Message);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.5)]
    [InlineData(1e300)]
    [InlineData(0.1)]
    [InlineData(123456789012345.0)]
    public void Number_IsWhatTheWriterWrites(double value) =>
        Assert.Equal(ViaWriter(w => w.WriteNumberValue(value)), ViaBuffer(b => b.Number(value)));

    [Fact]
    public void ARowDescribedToBothSinks_IsTheSameBytes()
    {
        MetadataKey byName = MetadataKey.Create("cam\u00e9ra \"x\"", null, "Row.Camera");
        MetadataKey byId = MetadataKey.Create("quality", "clquality0000000000000000", "Row.Quality");
        MetadataKey vector = MetadataKey.Create("clip", null, "Row.Clip", 3);
        AttachmentKey named = AttachmentKey.Create(AttachmentType.ImageOverlay, "RGB \u00e9", "Row.Overlay");
        AttachmentKey unnamed = AttachmentKey.Create(AttachmentType.RawText, null, "Row.Notes");
        var option = new EncodedOption("opt\u00e9\"1");
        var named0 = new TestOption("blurry", "clblurry0000000000000000");
        var nameOnly = new TestOption("sharp \u00e9", null);

        void Describe<TSink>(ref TSink sink)
            where TSink : struct, IDataRowSink
        {
            sink.RowData("https://example.com/a b.jpg", "Row.Url");
            sink.GlobalKey("key \"1\"", "Row.Key");
            sink.Metadata(byName, "v\n1");
            sink.Metadata(byId, 2.5);
            sink.Metadata(byId, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)));
            sink.Metadata(byId, new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified));
            sink.Metadata(byName, option);
            sink.Metadata(byId, named0);
            sink.Metadata(byId, nameOnly);
            sink.Metadata(byName, named0);
            sink.Embedding(vector, new float[] { 1.5f, 2, -3 });
            sink.Metadata(byName, (string?)null);
            sink.Attachment(named, new Uri("https://example.com/o.png"));
            sink.Attachment(unnamed, "line1\nline2");
        }

        string expected = ViaWriter(w =>
        {
            var sink = new DataRowJsonSink(w);
            Describe(ref sink);
            sink.End();
        });
        string actual = ViaBuffer(b =>
        {
            var sink = new DataRowBufferSink(b);
            Describe(ref sink);
            sink.End();
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void BareRows_AreTheSameBytes_AndSeparatedByCommas()
    {
        string expected = ViaWriter(w =>
        {
            w.WriteStartArray();
            BareRows(() => new DataRowJsonSink(w), sink => sink.End());
            w.WriteEndArray();
        });
        string actual = ViaBuffer(b =>
        {
            b.StartArray();
            BareRows(() => new DataRowBufferSink(b), sink => sink.End());
            b.EndArray();
        });
        Assert.Equal(expected, actual);
    }

    // Rows without metadata, without attachments, and without either: each array opened and closed alone.
    private static void BareRows<TSink>(Func<TSink> create, Action<TSink> end)
        where TSink : struct, IDataRowSink
    {
        TSink bare = create();
        bare.RowData("a.png", "Row.Url");
        end(bare);
        TSink attachmentOnly = create();
        attachmentOnly.RowData("b.png", "Row.Url");
        attachmentOnly.Attachment(AttachmentKey.Create(AttachmentType.ImageOverlay, null, "Row.Overlay"), "https://example.com/o.png");
        end(attachmentOnly);
        TSink metadataOnly = create();
        metadataOnly.RowData("c.png", "Row.Url");
        metadataOnly.Metadata(MetadataKey.Create("tag", null, "Row.Tag"), "t");
        end(metadataOnly);
    }

    [Fact]
    public void ARowWrittenByHand_GoesThroughItsWriterMethod()
    {
        var rows = new[] { new HandWrittenRow("a"), new HandWrittenRow("b \u00e9") };
        using var stream = new MemoryStream();
        LabelboxImportJson.Write(stream, rows.AsEnumerable());
        Assert.Equal("[{\"row_data\":\"a\"},{\"row_data\":\"b \u00e9\"}]", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private sealed class TestOption(string name, string? schemaId) : MetadataOption(name, schemaId);

    private sealed class HandWrittenRow(string url) : ILabelboxDataRow
    {
        public DataRowSpec ToDataRowSpec() => new(url);

        public void WriteImportJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("row_data", url);
            writer.WriteEndObject();
        }
    }
}
