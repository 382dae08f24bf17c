namespace ManifestGen.Generator.Tests.DataRows;

/// <summary>The sources the [LabelboxDataRow] tests compile.</summary>
internal static class DataRowSources
{
    public const string Schema = """
        {
          "fields": [
            { "name": "camera", "kind": "string" },
            { "name": "exposure", "kind": "number", "schema_id": "clexposure000000000000000" },
            { "name": "quality", "kind": "enum", "options": ["good", "blurry"] },
            { "name": "clip", "kind": "embedding", "dimensions": 3 },
            { "name": "rating", "kind": "enum", "schema_id": "clrating00000000000000000", "options": [
              { "name": "one star", "schema_id": "clratingone00000000000000" },
              { "name": "two stars", "schema_id": "clratingtwo00000000000000" } ] }
          ]
        }
        """;

    /// <summary>Every member shape, in a record with a primary constructor; C# 10 or later.</summary>
    public const string Photo = """
        using System;
        using System.Collections.Generic;
        using ManifestGen;

        namespace App.Photos;

        public enum SplitKind { Train, Valid, Test }

        public enum Stars { OneStar, TwoStars }

        [LabelboxDataRow]
        internal partial record Photo([property: RowData] string Url, [property: GlobalKey] string? Key)
        {
            [Metadata("tag")] public string? Tag { get; init; }
            [Metadata("split")] public SplitKind? Split { get; init; }
            [Metadata("rating")] public Stars Rating { get; init; }
            [Metadata("captureDateTime")] public DateTimeOffset? TakenAt { get; init; }
            [Metadata("camera")] public string? Camera { get; init; }
            [Metadata("exposure")] public int? Exposure { get; init; }
            [Metadata("clip")] public IReadOnlyList<float>? Clip { get; init; }
            [Metadata("quality")] public LabelboxMetadata.QualityOption? Quality { get; init; }
            [Attachment(AttachmentType.ImageOverlay, Name = "RGB")] public Uri? Overlay { get; init; }
            [Attachment(AttachmentType.RawText)] public string? Notes { get; init; }
        }
        """;

    /// <summary>A class, a struct nested in partial types, a generic type and hostile names; valid C# 8.</summary>
    public const string Shapes = """
        using System;
        using System.IO;
        using ManifestGen;

        [LabelboxDataRow]
        public partial class GlobalPhoto
        {
            [RowData] public FileInfo File = new FileInfo("a.jpg");
            [GlobalKey] public string Key { get; set; } = "";
        }

        namespace App.Nested
        {
            public enum Kind { Train, Valid }

            public static partial class Outer
            {
                internal partial struct Inner
                {
                    [LabelboxDataRow]
                    public partial struct Row
                    {
                        [RowData] public Uri Image;
                        [GlobalKey] public string? Key;
                        [Metadata("split")] public Kind Split;
                        [Metadata("captureDateTime")] public DateTime Taken;
                        [Metadata("clip")] public double[]? Clip;

                        public Row(Uri image, string? key, Kind split, DateTime taken, double[]? clip)
                        {
                            Image = image;
                            Key = key;
                            Split = split;
                            Taken = taken;
                            Clip = clip;
                        }
                    }
                }
            }

            [LabelboxDataRow]
            public partial class Generic<T> where T : class
            {
                [RowData] public string Url { get; set; } = "";
                [GlobalKey] public string? Key { get; set; }
                public T? Payload { get; set; }
            }
        }

        namespace @class.@event
        {
            [LabelboxDataRow]
            public partial class @int
            {
                [RowData] public string @string { get; set; } = "";
                [GlobalKey] public string? @class { get; set; }
                [Metadata("camera")] public string? Föto { get; set; }
                [Metadata("\" */ #if x\n\u2028")] public string? Hostile { get; set; }
                [Attachment(AttachmentType.RawText, Name = "\"); } } #error */ \\")] public string? Note { get; set; }
            }
        }
        """;

    public const string HostileSchema = """
        {
          "fields": [
            { "name": "camera", "kind": "string" },
            { "name": "clip", "kind": "embedding", "dimensions": 2 },
            { "name": "\" */ #if x\n\u2028", "kind": "string", "schema_id": "\"); #error \\" }
          ]
        }
        """;
}
