using System;
using System.IO;
using System.Linq;

namespace ManifestGen.Tests.Building;

/// <summary>The fluent builder: typed metadata, and the build's own rules applied to each row.</summary>
public class DataRowSpecBuilderTests
{
    private sealed class Quality : MetadataOption
    {
        public static readonly Quality Good = new("good", null);
        public static readonly Quality Blurry = new("blurry", "clqualityblurry0000000000");

        private Quality(string name, string? schemaId)
            : base(name, schemaId)
        {
        }
    }

    private static readonly MetadataField<string> Tag = MetadataField.String("tag", "cko8s9r5v0001h2dk9elqdidh");
    private static readonly MetadataField<double> Exposure = MetadataField.Number("exposure");
    private static readonly MetadataField<DateTimeOffset> ShotAt = MetadataField.DateTime("shot_at");
    private static readonly EnumMetadataField<Quality> QualityField = MetadataField.Enum("quality", null, new[] { Quality.Good, Quality.Blurry });
    private static readonly EmbeddingMetadataField Clip = MetadataField.Embedding("clip", 3);

    [Fact]
    public void ValidRow_BuildsWithEveryKindOfValue()
    {
        DataRowSpec row = DataRowSpec.Image("https://example.com/a.jpg")
            .WithGlobalKey("a-1")
            .WithMetadata(Tag, "street")
            .WithMetadata(Exposure, 0.25)
            .WithMetadata(ShotAt, new DateTimeOffset(2024, 5, 1, 13, 45, 10, TimeSpan.FromHours(2)))
            .WithMetadata(QualityField, Quality.Blurry)
            .WithMetadata(Clip, new[] { 1.0, 2, 3 })
            .WithAttachment(Attachment.ImageOverlay("https://example.com/rgb.jpg", name: "RGB"))
            .Build();

        Assert.Equal(MediaType.Image, row.MediaType);
        Assert.Equal(
            new[]
            {
                new DataRowMetadata("cko8s9r5v0001h2dk9elqdidh", null, MetadataValue.String("street")),
                new DataRowMetadata(null, "exposure", MetadataValue.FromNumber(0.25)),
                new DataRowMetadata(null, "shot_at", MetadataValue.String("2024-05-01T11:45:10Z")),
                new DataRowMetadata(null, "quality", MetadataValue.String("clqualityblurry0000000000")),
                new DataRowMetadata(null, "clip", MetadataValue.FromVector(new[] { 1.0, 2, 3 })),
            },
            row.Metadata);
    }

    [Fact]
    public void RowsBuiltOneAfterAnother_AreEachCheckedAgainstTheirOwnFields()
    {
        // One name, two kinds: a row checked against the other row's fields would get a wrong-kind error.
        MetadataField<string> moodText = MetadataField.String("mood");
        MetadataField<double> moodNumber = MetadataField.Number("mood");
        DataRowSpec Text(int i) => DataRowSpec.Image("https://example.com/" + i + ".jpg").WithMetadata(moodText, "calm").Build();
        DataRowSpec Number(int i) => DataRowSpec.Image("https://example.com/" + i + ".jpg").WithMetadata(moodNumber, 0.5).Build();

        Assert.NotNull(Text(1));
        Assert.NotNull(Number(2));
        Assert.NotNull(Text(3));
        Assert.Equal("LBX0404", Assert.Single(Assert.Throws<InvalidDataRowException>(() =>
            DataRowSpec.Image("https://example.com/4.jpg").WithMetadata(moodText, "calm").WithMetadata(moodNumber, 0.5).Build()).Problems).Id);
        System.Threading.Tasks.Parallel.For(0, 2_000, i => Assert.NotNull(i % 2 == 0 ? Text(i) : Number(i)));
    }

    [Fact]
    public void InvalidRow_ReportsEveryErrorAtOnce()
    {
        var error = Assert.Throws<InvalidDataRowException>(() => DataRowSpec.Image("http://example.com/a.jpg")
            .WithGlobalKey("bad  key")
            .WithMetadata(Clip, new[] { 1.0 })
            .WithAttachment(Attachment.RawText(" "))
            .Build());

        Assert.Equal(new[] { "LBX0102", "LBX0202", "LBX0406", "LBX0504" }, error.Problems.Select(p => p.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Contains("LBX0102: row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'", error.Message, StringComparison.Ordinal);
        Assert.Equal("http://example.com/a.jpg", error.RowData);
    }

    [Fact]
    public void EmbeddingsOfTwoLengths_OnOneRowAndOnRowsAfterIt_AreEachJudgedOnTheirOwnNumbers()
    {
        // The validator copies an embedding's numbers into one buffer it reuses: a value judged on another's numbers would show here.
        EmbeddingMetadataField wide = MetadataField.Embedding("wide", 5);
        string[] Errors(double[] clip, double[] wideNumbers)
        {
            DataRowSpec.Image("https://example.com/a.jpg").WithMetadata(Clip, clip).WithMetadata(wide, wideNumbers).TryBuild(out _, out var problems);
            return problems.Select(p => p.ToString()).ToArray();
        }

        Assert.Equal(
            new[]
            {
                "LBX0406: Embedding field 'clip' takes exactly 3 numbers, but this value has 5",
                "LBX0406: Embedding field 'wide' takes exactly 5 numbers, but this value has 3",
            },
            Errors(new[] { 1.0, 2, 3, 4, 5 }, new[] { 1.0, 2, 3 }));
        Assert.Empty(Errors(new[] { 1.0, 2, 3 }, new[] { 1.0, 2, 3, 4, 5 }));
        Assert.Equal(new[] { "LBX0406: Embedding field 'wide' takes exactly 5 numbers, but this value has 4" }, Errors(new[] { 1.0, 2, 3 }, new[] { 1.0, 2, 3, 4 }));
    }

    [Fact]
    public void AFieldSetTwice_IsAWarningThatPointsAtTheEarlierEntry()
    {
        Assert.True(DataRowSpec.Image("https://example.com/a.jpg").WithMetadata(Exposure, 1).WithMetadata(Exposure, 2).TryBuild(out _, out var problems));
        Assert.Equal(
            "LBX0407: Metadata field 'exposure' is already set on this row at an earlier entry; Labelbox rejects a row that sets a field twice, so keep one",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void Warnings_DoNotStopTheRow()
    {
        bool built = DataRowSpec.Image("https://s3.us-west-2.amazonaws.com/bucket/a.jpg").TryBuild(out DataRowSpec? row, out var problems);
        Assert.True(built);
        Assert.NotNull(row);
        DataRowProblem warning = Assert.Single(problems);
        Assert.Equal(("LBX0103", ProblemSeverity.Warning), (warning.Id, warning.Severity));
    }

    [Fact]
    public void TryBuild_ReturnsTheErrorsWithoutThrowing()
    {
        bool built = DataRowSpec.Image("https://example.com/a.jpg").WithMetadata(Tag, new string('t', 4097)).TryBuild(out DataRowSpec? row, out var problems);
        Assert.False(built);
        Assert.Null(row);
        Assert.Equal("LBX0405", Assert.Single(problems).Id);
    }

    [Fact]
    public void LocalFile_IsUploadedByPath()
    {
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), "cat.png"));
        Assert.Equal(file.FullName, DataRowSpec.Image(file).Build().RowData);
    }

    [Fact]
    public void LocalFile_InAFolderWithASpace_IsARow()
    {
        // A user's folder ("C:\Users\Jo Smith\Pictures") once got LBX0105, the rule against spaces in URLs.
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), "My Pictures", "black cat.jpg"));
        Assert.Equal(file.FullName, DataRowSpec.Image(file).Build().RowData);
    }

    [Fact]
    public void BadArguments_FailFast()
    {
        Assert.Throws<ArgumentNullException>(() => DataRowSpec.Image((string)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataRowSpec.Image("https://e.com/a.jpg").WithMetadata(Exposure, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetadataField.Embedding("e", 0));
        Assert.Throws<ArgumentException>(() => MetadataField.String(""));
    }

    [Fact]
    public void PublicEnums_MatchTheSharedRules()
    {
        Assert.Equal(Enum.GetNames<MetadataFieldKind>(), Enum.GetNames<ManifestGen.Rules.Metadata.MetadataKind>());
        Assert.Equal(Enum.GetNames<ProblemSeverity>(), Enum.GetNames<ManifestGen.Rules.Diagnostics.RuleSeverity>());
    }
}
