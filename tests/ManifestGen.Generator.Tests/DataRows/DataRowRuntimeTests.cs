using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.DataRows;

/// <summary>
/// The generated members at run time: the JSON writer writes exactly what the manifest writer writes
/// for <c>ToDataRowSpec()</c>, the manifest reader reads it back to equal rows, and bad values fail
/// with the member's name.
/// </summary>
public class DataRowRuntimeTests
{
    private const string Samples = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using ManifestGen;

        namespace App.Photos;

        public static class Samples
        {
            internal static Photo[] Photos() => new[]
            {
                new Photo("https://example.com/a.jpg", "a")
                {
                    Tag = "t", Split = SplitKind.Valid, Rating = Stars.TwoStars,
                    TakenAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
                    Camera = "cam \"q\" \u00e9 </script>", Exposure = 7, Clip = new float[] { 1.5f, 2, -3 }, Quality = LabelboxMetadata.QualityOption.Blurry,
                    Overlay = new Uri("https://example.com/o.png"), Notes = "line1\nline2",
                },
                new Photo("https://example.com/b.jpg", null),
                new Photo("cats/c.png", "c") { Rating = Stars.OneStar, Clip = new List<float> { 0, 0, 0 } },
            };

            public static ILabelboxDataRow[] Rows() => Photos();

            public static void WriteAll(Stream stream) => LabelboxImportJson.Write(stream, Photos());

            public static Task WriteAllAsync(Stream stream) => LabelboxImportJson.WriteAsync(stream, Async());

            public static void WriteWithNull(Stream stream) => LabelboxImportJson.Write(stream, new Photo?[] { Photos()[0], null }!);

            public static ILabelboxDataRow NullUrl() => new Photo(null!, "k");

            public static ILabelboxDataRow UndefinedEnum() => new Photo("https://example.com/a.jpg", "k") { Split = (SplitKind)42 };

            public static ILabelboxDataRow LoneSurrogate() => new Photo("https://example.com/a.jpg", "k") { Camera = "caf\u00e9 \ud800" };

            public static void WriteLoneSurrogate(Stream stream, bool indented) =>
                LabelboxImportJson.Write(stream, new[] { Photos()[1], (Photo)LoneSurrogate() }, indented);

            public static ILabelboxDataRow ShortEmbedding() => new Photo("https://example.com/a.jpg", "k") { Clip = new float[] { 1 } };

            public static ILabelboxDataRow InfiniteEmbedding() => new Photo("https://example.com/a.jpg", "k") { Clip = new float[] { 1, float.PositiveInfinity, 2 } };

            private static async IAsyncEnumerable<Photo> Async()
            {
                foreach (Photo photo in Photos())
                {
                    await Task.Yield();
                    yield return photo;
                }
            }
        }
        """;

    private static readonly Lazy<Type> SamplesType = new(() =>
    {
        var (_, output, _) = ProjectRunner.Generate(
            new[] { ("/p/Photos.cs", DataRowSources.Photo), ("/p/Samples.cs", Samples) },
            new[] { ("/p/labelbox.metadata.json", DataRowSources.Schema) });
        Assembly assembly = GeneratedAssembly.Load(output, Array.Empty<(string, string)>());
        return assembly.GetType("App.Photos.Samples", throwOnError: true)!;
    });

    private static object? Call(string method, params object[] args)
    {
        try
        {
            return SamplesType.Value.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, args);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            throw e.InnerException;
        }
    }

    private static ILabelboxDataRow[] Rows() => (ILabelboxDataRow[])Call("Rows")!;

    private static string Written(string method)
    {
        using var stream = new MemoryStream();
        object? result = Call(method, stream);
        (result as Task)?.GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ManifestWriterJson()
    {
        using var stream = new MemoryStream();
        ImportManifest.FromRows(Rows().Select(r => r.ToDataRowSpec()), "rows").WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void BulkWriter_WritesExactlyWhatTheManifestWriterWritesForTheSpecs() =>
        Assert.Equal(ManifestWriterJson(), Written("WriteAll"));

    [Fact]
    public void AsyncBulkWriter_WritesTheSameBytes() =>
        Assert.Equal(Written("WriteAll"), Written("WriteAllAsync"));

    [Fact]
    public void WrittenJson_ReadsBackToEqualRows()
    {
        ImportManifest read = ImportManifest.Parse(Written("WriteAll"));
        Assert.Equal(Rows().Select(r => r.ToDataRowSpec()), read.Rows);
    }

    [Fact]
    public void ToDataRowSpec_SetsFieldsByIdWhenKnownAndOmitsNulls()
    {
        DataRowSpec full = Rows()[0].ToDataRowSpec();
        Assert.Equal("https://example.com/a.jpg", full.RowData);
        Assert.Equal("a", full.GlobalKey);
        Assert.Equal(MediaType.Image, full.MediaType);
        Assert.Equal(
            new[]
            {
                "cko8s9r5v0001h2dk9elqdidh=t",
                "cko8sbczn0002h2dkdaxb5kal=cko8sc2yr0004h2dk69aj5x63",
                "clrating00000000000000000=clratingtwo00000000000000",
                "cko8sdzv70006h2dk8jg64zvb=2024-01-02T01:04:05Z",
                "camera=cam \"q\" \u00e9 </script>",
                "clexposure000000000000000=7",
                "clip=[1.5, 2, -3]",
                "quality=blurry",
            },
            full.Metadata.Select(m => (m.SchemaId ?? m.Name) + "=" + m.Value));
        Assert.Equal(
            new[] { new Attachment(AttachmentType.ImageOverlay, "https://example.com/o.png", "RGB"), new Attachment(AttachmentType.RawText, "line1\nline2") },
            full.Attachments);

        DataRowSpec bare = Rows()[1].ToDataRowSpec();
        Assert.Null(bare.GlobalKey);
        Assert.Equal(new[] { "clrating00000000000000000=clratingone00000000000000" }, bare.Metadata.Select(m => m.SchemaId + "=" + m.Value));
        Assert.Empty(bare.Attachments);
    }

    [Theory]
    [InlineData("NullUrl", "Photo.Url is null, but a Labelbox data row needs row_data")]
    [InlineData("UndefinedEnum", "Photo.Split is 42, which is not a member of its enum, so it is none of the options of metadata field 'split'.")]
    [InlineData("ShortEmbedding", "Photo.Clip has 1 numbers, but embedding 'clip' takes exactly 3.")]
    [InlineData("InfiniteEmbedding", "Photo.Clip has Infinity at index 1, but the numbers of embedding 'clip' must be finite.")]
    public void BadValues_FailWithTheMembersName(string sample, string message)
    {
        var row = (ILabelboxDataRow)Call(sample)!;
        Assert.StartsWith(message, Assert.Throws<InvalidOperationException>(() => row.ToDataRowSpec()).Message, StringComparison.Ordinal);
        using var writer = new System.Text.Json.Utf8JsonWriter(Stream.Null);
        writer.WriteStartArray();
        Assert.StartsWith(message, Assert.Throws<InvalidOperationException>(() => row.WriteImportJson(writer)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogate_FailsEveryWriterNamingTheMember_AsImportAsyncRefusesTheRow()
    {
        const string Message = "Photo.Camera holds a lone surrogate (U+D800) at position 6 (counting UTF-16 code units), which UTF-8 cannot carry; it was not written rather than written altered.";
        var row = (ILabelboxDataRow)Call("LoneSurrogate")!;
        using var writer = new System.Text.Json.Utf8JsonWriter(Stream.Null);
        writer.WriteStartArray();
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => row.WriteImportJson(writer)).Message);
        foreach (bool indented in new[] { false, true })
        {
            Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => Call("WriteLoneSurrogate", Stream.Null, indented)).Message);
        }

        // The spec keeps the text as it is: ImportAsync refuses such a row with the same words (see UnsendableText).
        Assert.Equal("caf\u00e9 \ud800", row.ToDataRowSpec().Metadata.Single(m => m.Name == "camera").Value.Text);
    }

    [Fact]
    public void NullRow_IsAnArgumentErrorNamingItsIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => Written("WriteWithNull"));
        Assert.Equal("rows", e.ParamName);
        Assert.StartsWith("Row 1 is null", e.Message, StringComparison.Ordinal);
    }
}
