using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Generation;

/// <summary>A metadata value of the wrong type is a compile error, not a failed import an hour later.</summary>
public class TypeSafetyTests
{
    private const string Fields = """
        using System;
        using ManifestGen;

        sealed class Quality : MetadataOption
        {
            public static readonly Quality Good = new("good");
            private Quality(string name) : base(name, null) { }
        }

        sealed class Other : MetadataOption
        {
            public static readonly Other Thing = new("thing");
            private Other(string name) : base(name, null) { }
        }

        static class Fields
        {
            public static readonly MetadataField<DateTimeOffset> ShotAt = MetadataField.DateTime("shot_at");
            public static readonly MetadataField<double> Exposure = MetadataField.Number("exposure");
            public static readonly EnumMetadataField<Quality> Quality = MetadataField.Enum("quality", null, new[] { global::Quality.Good });
        }
        """;

    private static string[] Errors(string statement) =>
        TestCompilation.Create(Fields, "using System; using ManifestGen; static class Use { static void M() { " + statement + " } }")
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .ToArray();

    [Fact]
    public void RightTypes_Compile() => Assert.Empty(Errors(
        "DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(Fields.ShotAt, DateTimeOffset.UtcNow).WithMetadata(Fields.Exposure, 2).WithMetadata(Fields.Quality, Quality.Good).Build();"));

    [Fact]
    public void StringForADateTimeField_DoesNotCompile() =>
        Assert.Equal(new[] { "CS1503" }, Errors("DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(Fields.ShotAt, \"2024-05-01\");"));

    [Fact]
    public void StringForANumberField_DoesNotCompile() =>
        Assert.Equal(new[] { "CS1503" }, Errors("DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(Fields.Exposure, \"1.5\");"));

    [Fact]
    public void AnotherFieldsOption_DoesNotCompile() =>
        Assert.Contains(Errors("DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(Fields.Quality, Other.Thing);"), id => id is "CS1503" or "CS0411");

    /// <summary>Compiler errors of a statement against the generated LabelboxMetadata (reserved fields only).</summary>
    private static string[] GeneratedFieldErrors(string statement) =>
        AnalyzerRunner.Format(
            ProjectRunner.Run(new[] { ("/p/Use.cs", "using System; using ManifestGen;\nstatic class Use { static void M() { " + statement + " } }") })
                .Where(d => d.Severity == DiagnosticSeverity.Error),
            includePath: false);

    [Fact]
    public void GeneratedFields_RightTypes_Compile() => Assert.Empty(GeneratedFieldErrors(
        "DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Train).WithMetadata(LabelboxMetadata.Tag, \"t\").Build();"));

    [Fact]
    public void GeneratedEnumField_UnknownOption_DoesNotCompile() => Assert.Equal(
        new[] { "(2,145): error CS0117: 'LabelboxMetadata.SplitOption' does not contain a definition for 'Training'" },
        GeneratedFieldErrors("DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Training);"));

    [Fact]
    public void GeneratedStringField_NumberValue_DoesNotCompile() => Assert.Equal(
        new[] { "(2,114): error CS1503: Argument 2: cannot convert from 'int' to 'string'" },
        GeneratedFieldErrors("DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(LabelboxMetadata.Tag, 42);"));
}
